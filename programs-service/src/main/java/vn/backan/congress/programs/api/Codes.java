package vn.backan.congress.programs.api;

/**
 * The shape of the codes a client sends. Codes are upper case, so that a code means one thing:
 * the databases compare case-insensitively, and "bud-revenue" must not slip in beside "BUD-REVENUE".
 */
final class Codes {

    static final String CODE = "[A-Z0-9][A-Z0-9-]{0,63}";
    static final String CODE_MESSAGE = "must be an upper-case code such as BUD-REVENUE or KP-3-AGRI-FORESTRY";
    static final String ORG_UNIT = "[0-9A-Z][0-9A-Z-]{0,31}";
    static final String ORG_UNIT_MESSAGE = "must be an org unit code such as 06 or 058";

    private Codes() {
    }
}
