package vn.backan.congress.elections.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseNamesTest {

    @Test
    void aNameSplitsIntoFamilyMiddleAndGiven() {
        assertEquals(new VietnameseNames.Parts("Phương", "Thị", "Thanh"), VietnameseNames.split("Phương Thị Thanh"));
        assertEquals(new VietnameseNames.Parts("Nguyễn", "Thị Minh", "Khai"), VietnameseNames.split(" Nguyễn  Thị Minh Khai "));
        assertEquals(new VietnameseNames.Parts("Lê", "", "Lợi"), VietnameseNames.split("Lê Lợi"));
        assertThrows(IllegalArgumentException.class, () -> VietnameseNames.split("Chinh"));
    }

    @Test
    void listsSortByGivenNameThenTheRest() {
        // By family name the seed's three would read Hoàng, Lê, Phương; by given name Chinh, Thanh, Trung.
        assertEquals(List.of("Hoàng Duy Chinh", "Phương Thị Thanh", "Lê Dược Trung"),
                sorted("Lê Dược Trung", "Phương Thị Thanh", "Hoàng Duy Chinh"));
        // Same given name: the rest decides (Lê before Nguyễn).
        assertEquals(List.of("Lê Văn An", "Nguyễn Văn An"), sorted("Nguyễn Văn An", "Lê Văn An"));
    }

    @Test
    void theVietnameseAlphabetAndTonesDecideTheOrder() {
        // a < ă < â, d < đ, and the bare letter before its tones.
        assertEquals(List.of("Lê Anh", "Lê Ánh", "Lê Ăn", "Lê Ân", "Lê Dung", "Lê Đức"),
                sorted("Lê Đức", "Lê Ân", "Lê Dung", "Lê Ánh", "Lê Ăn", "Lê Anh"));
    }

    @Test
    void namesThatDifferOnlyInAccentsStayDistinct() {
        List<String> names = sorted("Nguyễn Văn Nam", "Nguyen Van Nam");
        assertEquals(2, names.size());
        assertEquals(List.of("Nguyen Van Nam", "Nguyễn Văn Nam"), names);
    }

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(VietnameseNames.ORDER);
        return list;
    }
}
