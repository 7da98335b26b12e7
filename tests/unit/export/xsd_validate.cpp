#include "xsd_validate.h"

#include "support/test_paths.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <memory>

namespace cairn::test {

namespace {

void collect(void* context, xmlErrorPtr error) {
    auto& errors = *static_cast<std::vector<std::string>*>(context);
    std::string message = error->message ? error->message : "unknown error";
    while (!message.empty() && message.back() == '\n')
        message.pop_back();
    errors.push_back("line " + std::to_string(error->line) + ": " + message);
}

template <typename T, void (*Free)(T*)> struct Deleter {
    void operator()(T* p) const { Free(p); }
};
using SchemaParser =
    std::unique_ptr<xmlSchemaParserCtxt, Deleter<xmlSchemaParserCtxt, xmlSchemaFreeParserCtxt>>;
using Schema = std::unique_ptr<xmlSchema, Deleter<xmlSchema, xmlSchemaFree>>;
using Validator = std::unique_ptr<xmlSchemaValidCtxt, Deleter<xmlSchemaValidCtxt, xmlSchemaFreeValidCtxt>>;
using Document = std::unique_ptr<xmlDoc, Deleter<xmlDoc, xmlFreeDoc>>;

} // namespace

std::optional<std::filesystem::path> refiSchema(std::string_view name) {
    auto path = sharedDir() / "refi-qda" / std::string(name);
    if (!std::filesystem::exists(path)) return std::nullopt;
    return path;
}

std::vector<std::string> xsdErrors(const std::filesystem::path& xsd, std::string_view xml) {
    std::vector<std::string> errors;
    SchemaParser parser(xmlSchemaNewParserCtxt(xsd.c_str()));
    if (!parser) return {"cannot open the schema " + xsd.string()};
    xmlSchemaSetParserStructuredErrors(parser.get(), collect, &errors);
    Schema schema(xmlSchemaParse(parser.get()));
    if (!schema) {
        errors.push_back("cannot load the schema " + xsd.string());
        return errors;
    }
    Validator validator(xmlSchemaNewValidCtxt(schema.get()));
    xmlSchemaSetValidStructuredErrors(validator.get(), collect, &errors);
    Document doc(
        xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "document.xml", nullptr, XML_PARSE_NONET));
    if (!doc) {
        errors.push_back("the document is not well-formed XML");
        return errors;
    }
    if (xmlSchemaValidateDoc(validator.get(), doc.get()) != 0 && errors.empty())
        errors.push_back("the document is not valid (libxml2 gave no message)");
    return errors;
}

} // namespace cairn::test
