package vn.backan.congress.gateway.compose;

/** Small documents in the shape the services publish. */
final class StubDocuments {

    private StubDocuments() {
    }

    static final String CONGRESS = """
            {"code":"DH-XII","name":{"vi":"Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025",
             "en":"12th Congress of the Bắc Kạn Provincial Party Organisation, term 2020 - 2025"},
             "startDate":"2020-10-26","endDate":"2020-10-28","venue":{"vi":"Hội trường tỉnh","en":"the provincial hall"},
             "delegates":{"summoned":345,"exOfficio":45},"motto":{"vi":"Đoàn kết - Dân chủ","en":"Solidarity - Democracy"},
             "leaders":[{"postCode":"SECRETARY-XII","post":{"vi":"Bí thư Tỉnh ủy khóa XII","en":"Secretary"},
               "personId":"hoang-duy-chinh","name":"Hoàng Duy Chinh"}]}""";

    static final String SCOREBOARD = """
            {"orgUnit":"06","asOf":2025,"counts":{"ON_TRACK":2,"NO_DATA":1},
             "byDomain":{"ECONOMY":{"ON_TRACK":2},"SOCIETY":{"NO_DATA":1}},"indicators":[{"code":"X"}]}""";

    static final String PLAN = """
            {"declared":{"tasks":5,"solutions":27},"recorded":{"tasks":1,"solutions":2},"missing":{"tasks":4,"solutions":25},
             "solutionsByStatus":{"NOT_STARTED":1,"IN_PROGRESS":1},"overdueSolutions":1}""";

    /**
     * Each service publishes /api/v1/me (the gateway routes it to targets only) and a health path
     * (not routed as API). "Entry" differs between targets and programs; "LocalizedText" is the same.
     */
    static String openApi(String service) {
        String path = switch (service) {
            case "targets" -> "/api/v1/indicators";
            case "programs" -> "/api/v1/plan";
            default -> "/api/v1/congress";
        };
        String entry = service.equals("programs")
                ? "{\"type\":\"object\",\"properties\":{\"action\":{\"type\":\"string\"}}}"
                : "{\"type\":\"object\",\"properties\":{\"actor\":{\"type\":\"string\"}}}";
        return """
                {"openapi":"3.1.0","info":{"title":"%s","version":"1"},"servers":[{"url":"http://internal:1"}],
                 "tags":[{"name":"%s"}],
                 "paths":{"%s":{"get":{"summary":"the %s list","responses":{"200":{"description":"OK",
                    "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Entry"}}}}}}},
                  "/api/v1/me":{"get":{"summary":"who am I (%s)","responses":{"200":{"description":"OK"}}}},
                  "/q/health/ready":{"get":{"summary":"health","responses":{"200":{"description":"OK"}}}}},
                 "components":{"schemas":{"Entry":%s,
                   "LocalizedText":{"type":"object","properties":{"vi":{"type":"string"},"en":{"type":"string"}}}}}}
                """.formatted(service, service, path, service, service, entry);
    }
}
