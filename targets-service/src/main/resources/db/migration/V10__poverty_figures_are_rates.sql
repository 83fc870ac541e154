-- The two poverty indicators are judged from the yearly poverty rate (the method works out the
-- average fall), and their figures are that rate, in %. Their unit said "percentage points per
-- year", the unit of the target's average fall, so every figure showed a rate under a label for a
-- fall. The unit is now the figures' (%); the target's own words (target_text_vi, "giảm bình quân
-- hằng năm từ 2 - 2,5%") and its kind (AVERAGE of ANNUAL_CHANGE) say that the target is a fall.
UPDATE indicator
   SET unit = 'percent', unit_vi = '%', unit_en = '%', version = version + 1, updated_at = CURRENT_TIMESTAMP(3)
 WHERE code IN ('LAB-POVERTY-REDUCTION', 'LAB-POOR-DISTRICT-POVERTY-REDUCTION');
