#include "import/parsed_document.h"

#include "common/error.h"
#include "text/normalize.h"
#include "text/utf.h"

namespace cairn::import {

DocumentBuilder::DocumentBuilder(std::string format) {
    m_doc.format = std::move(format);
}

void DocumentBuilder::separate() {
    if (m_doc.text.empty()) return;
    m_doc.text += "\n\n";
    m_cpLength += 2;
}

void DocumentBuilder::addPassage(std::string_view utterance, std::string_view label, ParsedPassage meta) {
    const auto body = text::trim(utterance);
    if (body.empty()) return;
    separate();
    m_doc.text += label;
    m_cpLength += text::codePointCount(label);
    meta.cpStart = m_cpLength;
    m_doc.text += body;
    m_cpLength += text::codePointCount(body);
    meta.cpEnd = m_cpLength;
    m_doc.passages.push_back(std::move(meta));
}

void DocumentBuilder::addText(std::string_view textBlock) {
    const auto body = text::trim(textBlock);
    if (body.empty()) return;
    separate();
    m_doc.text += body;
    m_cpLength += text::codePointCount(body);
}

void DocumentBuilder::addHeading(std::string_view heading) {
    if (m_doc.title.empty()) m_doc.title = std::string(text::trim(heading));
    addPassage(heading);
}

ParsedDocument DocumentBuilder::finish(std::string_view fileForErrors) && {
    if (m_doc.passages.empty()) throw InvalidInput("the file contains no text", std::string(fileForErrors));
    return std::move(m_doc);
}

} // namespace cairn::import
