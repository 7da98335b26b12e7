#include "common/error.h"
#include "import/zip_archive.h"
#include "support/zip_writer.h"

#include <catch2/catch.hpp>

using cairn::InvalidInput;
using cairn::import::ZipArchive;
using cairn::test::ZipWriter;
using Catch::Matchers::Contains;

namespace {

// Overwrites the little-endian 32-bit field at `offset` of every header starting with `signature`,
// to forge what an archive declares about itself.
void patchHeaders(std::string& zip, std::string_view signature, std::size_t offset, std::uint32_t value) {
    for (auto at = zip.find(signature); at != std::string::npos; at = zip.find(signature, at + 1))
        for (std::size_t i = 0; i < 4; ++i)
            zip[at + offset + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

} // namespace

TEST_CASE("entries are listed and read by exact or case-insensitive name", "[import][zip]") {
    const auto bytes = ZipWriter()
                           .add("mimetype", "application/test", ZipWriter::Method::Store)
                           .add("word/document.xml", "<doc>\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85</doc>")
                           .add("Docs/Empty.txt", "")
                           .bytes();
    const ZipArchive zip(bytes, "DOCX");
    CHECK(zip.entryNames() == std::vector<std::string>{"mimetype", "word/document.xml", "Docs/Empty.txt"});
    CHECK(zip.read("mimetype") == "application/test");
    CHECK(zip.read("word/document.xml") == "<doc>\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85</doc>");
    CHECK(zip.read("docs/empty.txt", ZipArchive::NameMatch::IgnoreCase) == "");
    CHECK_FALSE(zip.read("docs/empty.txt").has_value());
    CHECK_FALSE(zip.read("word/styles.xml").has_value());
    CHECK(zip.contains("WORD/DOCUMENT.XML", ZipArchive::NameMatch::IgnoreCase));
    CHECK_FALSE(zip.contains("WORD/DOCUMENT.XML"));
}

TEST_CASE("what is not a whole ZIP archive is refused naming the format", "[import][zip]") {
    const auto good = ZipWriter().add("content.xml", std::string(5000, 'x')).bytes();
    const std::vector<std::pair<std::string, std::string>> rows{
        {"", "empty"},
        {"plain text, not an archive", "not a zip"},
        {good.substr(0, good.size() / 2), "truncated in the middle"},
        {good.substr(0, good.size() - 10), "end of central directory cut"},
    };
    for (const auto& [bytes, why] : rows) {
        INFO(why);
        CHECK_THROWS_WITH(ZipArchive(bytes, "ODT"), Contains("not a valid ODT file"));
    }
}

TEST_CASE("a damaged part fails its check when read", "[import][zip]") {
    auto bytes = ZipWriter().add("a.xml", std::string(4000, 'a') + "end", ZipWriter::Method::Store).bytes();
    bytes[100] = 'b'; // inside the stored data: the CRC no longer matches
    const ZipArchive zip(bytes, "DOCX");
    CHECK_THROWS_WITH(zip.read("a.xml"), Contains("damaged"));
}

TEST_CASE("a part over the size limit is refused: a ZIP bomb", "[import][zip][limits]") {
    const auto bytes = ZipWriter().add("big.xml", std::string(100000, '0')).bytes();
    const ZipArchive zip(bytes, "DOCX");
    CHECK(zip.read("big.xml", ZipArchive::NameMatch::Exact, 100000)->size() == 100000);
    CHECK_THROWS_AS(zip.read("big.xml", ZipArchive::NameMatch::Exact, 99999), InvalidInput);
    CHECK_THROWS_WITH(zip.read("big.xml", ZipArchive::NameMatch::Exact, 1000), Contains("ZIP bomb"));
}

TEST_CASE("a forged small declared size does not let a large part through", "[import][zip][limits]") {
    auto bytes = ZipWriter().add("big.xml", std::string(100000, '0')).bytes();
    patchHeaders(bytes, "PK\x03\x04", 22, 10); // local header: uncompressed size
    patchHeaders(bytes, "PK\x01\x02", 24, 10); // central directory: uncompressed size
    const ZipArchive zip(bytes, "DOCX");
    try {
        const auto part = zip.read("big.xml", ZipArchive::NameMatch::Exact, 1000);
        CHECK(part->size() <= 1000);
    } catch (const InvalidInput& e) {
        CHECK_THAT(e.what(), Contains("not a valid DOCX file"));
    }
}
