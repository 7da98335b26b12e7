// The report as a PDF, laid out with Pango and drawn with Cairo's PDF surface. Pango shapes every
// script the corpus holds (Arabic joining, Ethiopic syllables, Welsh diacritics) and sets each
// paragraph's direction from its first strong letter, so an Arabic quote runs right to left and is
// aligned to the right; fonts come from fontconfig. Text stays text in the PDF (selectable, searchable,
// pdftotext reads it back), and nothing here depends on an office suite.
//
// Layout: A4 in points, paragraphs broken into lines by Pango and placed line by line so a long
// paragraph continues on the next page; a table row moves to the next page whole; every page is
// numbered at its foot.

#include "common/error.h"
#include "export/report_layout.h"
#include "export/report_writers.h"

#include <algorithm>
#include <cairo-pdf.h>
#include <cairo.h>
#include <memory>
#include <pango/pangocairo.h>

namespace cairn::exporting {

namespace {

constexpr double kPageWidth = 595.28; // A4, points
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56.7; // 2 cm
constexpr double kTextWidth = kPageWidth - 2 * kMargin;
constexpr double kBottom = kPageHeight - kMargin;
constexpr double kQuoteIndent = 36;
constexpr double kCellPad = 4;

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct LayoutFree {
    void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutFree>;

double toPoints(int pangoUnits) {
    return static_cast<double>(pangoUnits) / PANGO_SCALE;
}

class PdfPages {
public:
    PdfPages(cairo_t* cr) : m_cr(cr) {}

    Layout layout(std::string_view text, const char* font, double width) {
        Layout l(pango_cairo_create_layout(m_cr));
        auto* description = pango_font_description_from_string(font);
        pango_layout_set_font_description(l.get(), description);
        pango_font_description_free(description);
        pango_layout_set_width(l.get(), static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_text(l.get(), text.data(), static_cast<int>(text.size()));
        return l;
    }

    /// Draws a paragraph at the left edge `x`, line by line, moving to a new page when a line does not fit.
    void paragraph(std::string_view text, const char* font, double x, double width, double spaceBefore,
                   double spaceAfter) {
        const auto l = layout(text, font, width);
        if (m_y > kMargin) m_y += spaceBefore;
        PangoLayoutIter* iter = pango_layout_get_iter(l.get());
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            const double height = toPoints(logical.height);
            if (m_y + height > kBottom) newPage();
            const double baseline = toPoints(pango_layout_iter_get_baseline(iter) - logical.y);
            cairo_move_to(m_cr, x + toPoints(logical.x), m_y + baseline);
            pango_cairo_show_layout_line(m_cr, pango_layout_iter_get_line_readonly(iter));
            m_y += height;
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
        m_y += spaceAfter;
    }

    void table(const ReportTable& table) {
        if (!table.title.empty()) paragraph(table.title, "Noto Sans Bold 10", kMargin, kTextWidth, 6, 2);
        const auto columns = std::max<std::size_t>(1, table.header.size());
        // The first column holds labels and gets twice the room of each number column.
        const double unit = kTextWidth / static_cast<double>(columns + 1);
        row(table.header, unit, "Noto Sans Bold 9");
        for (const auto& cells : table.rows)
            row(cells, unit, "Noto Sans 9");
        m_y += 8;
    }

    void finish() { footer(); }

private:
    void row(const std::vector<std::string>& cells, double unit, const char* font) {
        std::vector<Layout> layouts;
        double height = 0;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const double width = (i == 0 ? 2 * unit : unit) - 2 * kCellPad;
            layouts.push_back(layout(cells[i], font, width));
            int w = 0, h = 0;
            pango_layout_get_size(layouts.back().get(), &w, &h);
            height = std::max(height, toPoints(h) + 2 * kCellPad);
        }
        if (m_y + height > kBottom) newPage();
        double x = kMargin;
        cairo_set_line_width(m_cr, 0.5);
        for (std::size_t i = 0; i < layouts.size(); ++i) {
            const double width = i == 0 ? 2 * unit : unit;
            cairo_rectangle(m_cr, x, m_y, width, height);
            cairo_stroke(m_cr);
            cairo_move_to(m_cr, x + kCellPad, m_y + kCellPad);
            pango_cairo_show_layout(m_cr, layouts[i].get());
            x += width;
        }
        m_y += height;
    }

    void footer() {
        const auto number = layout(std::to_string(m_page), "Noto Sans 9", kTextWidth);
        pango_layout_set_alignment(number.get(), PANGO_ALIGN_CENTER);
        cairo_move_to(m_cr, kMargin, kPageHeight - kMargin / 2 - 6);
        pango_cairo_show_layout(m_cr, number.get());
    }

    void newPage() {
        footer();
        cairo_show_page(m_cr);
        ++m_page;
        m_y = kMargin;
    }

    cairo_t* m_cr;
    double m_y = kMargin;
    int m_page = 1;
};

void draw(cairo_t* cr, const Report& report) {
    using K = ReportBlock::Kind;
    PdfPages pages(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (const auto& b : layoutReport(report)) {
        switch (b.kind) {
        case K::Title:
            pages.paragraph(b.text, "Noto Sans Bold 22", kMargin, kTextWidth, 0, 6);
            break;
        case K::Subtitle:
            pages.paragraph(b.text, "Noto Sans 11", kMargin, kTextWidth, 0, 12);
            break;
        case K::Heading1:
            pages.paragraph(b.text, "Noto Sans Bold 15", kMargin, kTextWidth, 14, 6);
            break;
        case K::Heading2:
            pages.paragraph(b.text, "Noto Sans Bold 12", kMargin, kTextWidth, 8, 4);
            break;
        case K::Paragraph:
            pages.paragraph(b.text, "Noto Sans 10.5", kMargin, kTextWidth, 0, 6);
            break;
        case K::Quote:
            pages.paragraph(b.text, "Noto Sans Italic 10.5", kMargin + kQuoteIndent,
                            kTextWidth - 2 * kQuoteIndent, 2, 2);
            pages.paragraph("– " + b.attribution, "Noto Sans 10", kMargin + kQuoteIndent,
                            kTextWidth - 2 * kQuoteIndent, 0, 8);
            break;
        case K::Table:
            pages.table(b.table);
            break;
        }
    }
    pages.finish();
}

} // namespace

std::string writeReportPdf(const Report& report) {
    std::string out;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(appendBytes, &out, kPageWidth, kPageHeight);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, report.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Cairn");
    cairo_t* cr = cairo_create(surface);
    draw(cr, report);
    const auto status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const auto surfaceStatus = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS || surfaceStatus != CAIRO_STATUS_SUCCESS)
        throw Io(std::string("cannot write the PDF: ") +
                 cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : surfaceStatus));
    return out;
}

} // namespace cairn::exporting
