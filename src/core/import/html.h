#pragma once
// HTML import, through libxml2's forgiving HTML parser (it mends tag soup, decodes entities and
// never fetches anything).
//
// The tree is read as a browser lays it out, reduced to blocks: p, div, li, h1-h6, blockquote, pre,
// section, article, dt/dd and other block elements each end a block; h1-h6 are Heading blocks and li
// ListItem blocks; a table row is one TableRow block with its cells joined by " | "; <br> is a line
// break inside the block. Whitespace collapses as in a browser except inside <pre>. script, style,
// noscript, template, iframe, svg and elements with the `hidden` attribute are dropped, and so is
// <head>, except that its <title> becomes the document title. <b>/<strong> ranges are kept so a
// transcript written "<p><b>Amira:</b> text</p>" gets speaker turns (the markdown-bold layout).

#include "import/parsed_document.h"
#include "import/text_blocks.h"

#include <string>
#include <string_view>
#include <vector>

namespace cairn::import {

struct HtmlContent {
    std::vector<TextBlock> blocks;
    std::string title; // the <title>, whitespace collapsed; empty when there is none
};

/// Reads HTML that is already decoded to UTF-8 (libxml2 is told so, and ignores any <meta charset>).
/// Throws InvalidInput when libxml2 cannot build a tree at all.
HtmlContent htmlBlocks(std::string_view utf8);

/// Parses decoded HTML as format "html". Throws InvalidInput when there is no text or a forced
/// layout does not fit.
ParsedDocument parseHtml(std::string_view utf8Canonical, const LayoutChoice& layout = {});

/// The charset a page declares in a <meta> within its first 1024 bytes, as the HTML standard's
/// prescan finds it, with the labels browsers read as windows-1252 (latin1, iso-8859-1, us-ascii)
/// mapped to it. Empty when there is no declaration.
std::string declaredHtmlCharset(std::string_view rawBytes);

} // namespace cairn::import
