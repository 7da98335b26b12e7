#include "export/xlsx_workbook.h"
#include "import/zip_archive.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::exporting;
using Catch::Matchers::Contains;

TEST_CASE("xlsx: sheets with a bold header, numbers as numbers, text, empty cells and notes") {
    XlsxSheet values{
        "Indicator values", {"indicator", "period", "value", "n"}, {}, {"Values from the survey"}};
    values.rows.push_back({std::string("survey:friends"), std::string("arrival"), 2.9, std::int64_t{29}});
    values.rows.push_back({std::string("Cymraeg — ŵ ŷ, العربية"), std::monostate{}, -1.5, std::monostate{}});
    XlsxSheet second{"Indicator values", {"a"}, {{std::string(40000, 'x')}}, {}};
    const auto bytes = writeXlsx({values, second});
    import::ZipArchive zip(bytes, "XLSX");
    REQUIRE(zip.contains("xl/worksheets/sheet1.xml"));
    REQUIRE(zip.contains("xl/worksheets/sheet2.xml"));
    const auto workbook = zip.read("xl/workbook.xml").value();
    CHECK_THAT(workbook, Contains("name=\"Indicator values\""));
    CHECK_THAT(workbook, Contains("name=\"Indicator values (2)\"")); // names are unique
    const auto sheet = zip.read("xl/worksheets/sheet1.xml").value();
    CHECK_THAT(sheet, Contains("<v>2.9</v>"));
    CHECK_THAT(sheet, Contains("<v>29</v>"));
    CHECK_THAT(sheet, Contains("<v>-1.5</v>"));
    const auto strings = zip.read("xl/sharedStrings.xml").value();
    CHECK_THAT(strings, Contains("survey:friends"));
    CHECK_THAT(strings, Contains("Cymraeg — ŵ ŷ, العربية"));
    CHECK_THAT(strings, Contains("Values from the survey"));
    CHECK_THAT(strings, Contains("…")); // the 40,000-character cell was cut
}

TEST_CASE("xlsx: sheet names fit Excel's rules") {
    std::vector<std::string> taken;
    CHECK(xlsxSheetName("Codes × status: [all]?", taken) == "Codes × status- -all--");
    CHECK(xlsxSheetName("", taken) == "Sheet");
    CHECK(xlsxSheetName(std::string(40, 'a'), taken).size() == 31);
    CHECK(xlsxSheetName(std::string(40, 'a'), taken) == std::string(27, 'a') + " (2)");
}
