// The writers' own checks of xsd:dateTime, xsd:date, xsd:integer and xsd:decimal, held against
// libxml2's schema validator on the same values: where they disagree, an export would either lose a
// good value or write one that makes the file invalid.

#include "export/xsd_values.h"
#include "xsd_validate.h"

#include <catch2/catch.hpp>

namespace xsd = cairn::exporting::xsd;

namespace {

// Whether libxml2 accepts `value` as the content of typed element `element` in a project file.
bool libxmlAccepts(const std::filesystem::path& schema, const std::string& element,
                   const std::string& value) {
    const auto xml = R"(<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Cases><Case guid=")"
                     R"(99999999-0000-4000-8000-000000000001"><VariableValue><VariableRef targetGUID=")"
                     R"(77777777-0000-4000-8000-000000000001"/><)" +
                     element + ">" + value + "</" + element + "></VariableValue></Case></Cases></Project>";
    return cairn::test::xsdErrors(schema, xml).empty();
}

} // namespace

TEST_CASE("typed values are judged as the schema validator judges them", "[export][xsd]") {
    struct Row {
        std::string element;
        std::string value;
        bool valid;
    };
    const std::vector<Row> rows{
        {"DateTimeValue", "2024-03-01T10:00:00Z", true},
        {"DateTimeValue", "2024-03-01T10:00:00.125+05:30", true},
        {"DateTimeValue", "2024-03-01T10:00:00", true},
        {"DateTimeValue", "2024-03-01T24:00:00", true},
        {"DateTimeValue", "2024-03-01T24:00:01", false},
        {"DateTimeValue", "2024-03-01T10:60:00", false},
        {"DateTimeValue", "2024-03-01 10:00:00", false},
        {"DateTimeValue", "2024-03-01T10:00", false},
        {"DateTimeValue", "2024-03-01T10:00:00+15:00", false},
        {"DateTimeValue", "2023-02-29T10:00:00Z", false},
        {"DateTimeValue", "12024-03-01T10:00:00Z", true},
        {"DateTimeValue", "0000-03-01T10:00:00Z", false},
        {"DateValue", "2024-02-29", true},
        {"DateValue", "2023-02-29", false},
        {"DateValue", "1900-02-29", false},
        {"DateValue", "2000-02-29", true},
        {"DateValue", "2024-04-31", false},
        {"DateValue", "2024-12-31Z", true},
        {"DateValue", "24-12-31", false},
        {"DateValue", "2024-13-01", false},
        {"IntegerValue", "-42", true},
        {"IntegerValue", "+7", true},
        {"IntegerValue", "4.0", false},
        {"IntegerValue", "", false},
        {"FloatValue", "3.25", true},
        {"FloatValue", ".5", true},
        {"FloatValue", "5.", true},
        {"FloatValue", "-0.0", true},
        {"FloatValue", "1e5", false},
        {"FloatValue", ".", false},
        {"FloatValue", "NaN", false},
    };
    const auto schema = cairn::test::refiSchema("Project.xsd");
    for (const auto& row : rows) {
        INFO(row.element << " " << row.value);
        bool ours = false;
        if (row.element == "DateTimeValue") ours = xsd::isDateTime(row.value);
        if (row.element == "DateValue") ours = xsd::isDate(row.value);
        if (row.element == "IntegerValue") ours = xsd::isInteger(row.value);
        if (row.element == "FloatValue") ours = xsd::isDecimal(row.value);
        CHECK(ours == row.valid);
        if (schema)
            CHECK(libxmlAccepts(*schema, row.element, row.value) == row.valid);
        else
            WARN("Project.xsd is not in the shared folder: values not checked against libxml2");
    }
}

TEST_CASE("yes/no values become xsd:boolean", "[export][xsd]") {
    const std::vector<std::pair<std::string, std::optional<std::string>>> rows{
        {"true", "true"}, {"Yes", "true"}, {"1", "true"},           {"FALSE", "false"},
        {"no", "false"},  {"0", "false"},  {"maybe", std::nullopt}, {"", std::nullopt},
    };
    for (const auto& [value, expected] : rows) {
        INFO(value);
        CHECK(xsd::toBoolean(value) == expected);
    }
}
