#include "support/pdf_writer.h"

#include <cstdio>
#include <string>
#include <vector>

namespace cairn::test {
namespace {

// PDF literal strings escape backslash and parentheses.
std::string literal(const std::string& text) {
    std::string out = "(";
    for (const char c : text) {
        if (c == '(' || c == ')' || c == '\\') out += '\\';
        out += c;
    }
    return out + ")";
}

std::string number(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    return buf;
}

// Objects are numbered in the order added; the xref table records where each starts.
class PdfBuilder {
public:
    int reserve() { return static_cast<int>(++m_count); }
    void define(int id, const std::string& body) {
        if (m_bodies.size() < m_count) m_bodies.resize(m_count);
        m_bodies[static_cast<std::size_t>(id - 1)] = body;
    }
    int add(const std::string& body) {
        const int id = reserve();
        define(id, body);
        return id;
    }
    static std::string stream(const std::string& content) {
        return "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream";
    }
    std::string finish(int catalog, int info, const std::string& extraTrailer) const {
        std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
        std::vector<std::size_t> offsets;
        for (std::size_t i = 0; i < m_bodies.size(); ++i) {
            offsets.push_back(out.size());
            out += std::to_string(i + 1) + " 0 obj\n" + m_bodies[i] + "\nendobj\n";
        }
        const auto xref = out.size();
        out += "xref\n0 " + std::to_string(m_bodies.size() + 1) + "\n0000000000 65535 f \n";
        for (const auto offset : offsets) {
            char line[32];
            std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
            out += line;
        }
        out += "trailer\n<< /Size " + std::to_string(m_bodies.size() + 1) + " /Root " +
               std::to_string(catalog) + " 0 R" + (info ? " /Info " + std::to_string(info) + " 0 R" : "") +
               extraTrailer + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
        return out;
    }

private:
    std::size_t m_count = 0;
    std::vector<std::string> m_bodies;
};

std::string build(const std::vector<std::string>& contents, const PdfOptions& options) {
    PdfBuilder pdf;
    const int catalog = pdf.reserve();
    const int pages = pdf.reserve();
    const int font =
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    std::string kids;
    for (const auto& content : contents) {
        const int stream = pdf.add(PdfBuilder::stream(content));
        kids += std::to_string(pdf.add("<< /Type /Page /Parent " + std::to_string(pages) +
                                       " 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 " +
                                       std::to_string(font) + " 0 R >> >> /Contents " +
                                       std::to_string(stream) + " 0 R >>")) +
                " 0 R ";
    }
    pdf.define(catalog, "<< /Type /Catalog /Pages " + std::to_string(pages) + " 0 R >>");
    pdf.define(pages,
               "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(contents.size()) + " >>");
    const int info = options.title.empty() ? 0 : pdf.add("<< /Title " + literal(options.title) + " >>");
    std::string trailer;
    if (options.lockedWithUnknownPassword) {
        // RC4 40-bit standard handler with /O and /U that match no password: readers ask for one.
        const std::string junk = "<" + std::string(64, 'A') + ">";
        const int encrypt =
            pdf.add("<< /Filter /Standard /V 1 /R 2 /P -4 /O " + junk + " /U " + junk + " >>");
        trailer = " /Encrypt " + std::to_string(encrypt) + " 0 R /ID [<0123456789ABCDEF> <0123456789ABCDEF>]";
    }
    return pdf.finish(catalog, info, trailer);
}

} // namespace

std::string makeTextPdf(const std::vector<std::vector<std::string>>& pages, const PdfOptions& options) {
    std::vector<std::string> contents;
    for (const auto& lines : pages) {
        std::string content =
            "BT /F1 " + number(options.fontSize) + " Tf " + number(options.leading) + " TL 72 720 Td\n";
        for (const auto& line : lines)
            content += (line.empty() ? "" : literal(line) + " Tj ") + "T*\n";
        contents.push_back(content + "ET");
    }
    return build(contents, options);
}

std::string makeNoTextPdf(int pages) {
    return build(std::vector<std::string>(static_cast<std::size_t>(pages), "0.5 g 72 72 468 648 re f"), {});
}

} // namespace cairn::test
