package vn.backan.congress.targets.domain;

/** The policy area an indicator belongs to; each indicator has exactly one. */
public enum Domain {
    ECONOMY, AGRICULTURE_FORESTRY, NEW_RURAL, URBAN_INFRASTRUCTURE, UTILITIES_ENVIRONMENT, BUDGET_TRADE,
    EDUCATION, HEALTH_POPULATION, LABOUR_POVERTY, CULTURE_INFORMATION, DEFENCE_SECURITY_JUSTICE,
    ADMINISTRATION, PARTY_BUILDING
}
