// libxlsxwriter writes only to a named file, so the workbook is built in a private temporary file,
// read back and removed; the caller then writes the bytes where the user asked, atomically.

#include "export/xlsx_workbook.h"

#include "common/error.h"
#include "common/file_io.h"

#include <algorithm>
#include <cstdlib>
#include <unistd.h>
#include <xlsxwriter.h>

namespace cairn::exporting {

namespace {

constexpr std::size_t kMaxCellBytes = 32767; // Excel's limit per cell (characters; bytes is stricter)
constexpr std::size_t kMaxSheetName = 31;

// Cuts UTF-8 text to at most `limit` bytes on a character boundary, marking the cut.
std::string cellText(const std::string& text) {
    if (text.size() <= kMaxCellBytes) return text;
    std::size_t cut = kMaxCellBytes - 3; // room for "…"
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut) + "…";
}

void check(lxw_error error, const char* what) {
    if (error != LXW_NO_ERROR)
        throw Io(std::string("cannot write the spreadsheet (") + what + "): " + lxw_strerror(error));
}

// A temporary file that is removed however the build ends.
struct TempPath {
    std::string path;
    TempPath() {
        const char* dir = std::getenv("TMPDIR");
        path = std::string(dir && *dir ? dir : "/tmp") + "/cairn-xlsx-XXXXXX";
        const int fd = ::mkstemp(path.data());
        if (fd < 0) throw Io("cannot create a temporary file for the spreadsheet in " + path);
        ::close(fd);
    }
    ~TempPath() { ::unlink(path.c_str()); }
    TempPath(const TempPath&) = delete;
    TempPath& operator=(const TempPath&) = delete;
};

} // namespace

std::string xlsxSheetName(const std::string& wanted, std::vector<std::string>& taken) {
    std::string name;
    for (const char c : wanted)
        name += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '-';
    if (name.empty()) name = "Sheet";
    const auto shorten = [](std::string text, std::size_t limit) {
        if (text.size() <= limit) return text;
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;
        return text.substr(0, cut);
    };
    auto candidate = shorten(name, kMaxSheetName);
    for (int n = 2; std::find(taken.begin(), taken.end(), candidate) != taken.end(); ++n) {
        const auto suffix = " (" + std::to_string(n) + ")";
        candidate = shorten(name, kMaxSheetName - suffix.size()) + suffix;
    }
    taken.push_back(candidate);
    return candidate;
}

std::string writeXlsx(const std::vector<XlsxSheet>& sheets) {
    TempPath temp;
    lxw_workbook* workbook = workbook_new(temp.path.c_str());
    if (!workbook) throw Io("cannot start a spreadsheet in " + temp.path);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* note = workbook_add_format(workbook);
    format_set_italic(note);
    std::vector<std::string> taken;
    for (const auto& sheet : sheets) {
        const auto name = xlsxSheetName(sheet.name, taken);
        lxw_worksheet* ws = workbook_add_worksheet(workbook, name.c_str());
        if (!ws) {
            workbook_close(workbook);
            throw Io("cannot add the sheet " + name + " to the spreadsheet");
        }
        for (std::size_t c = 0; c < sheet.header.size(); ++c)
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), cellText(sheet.header[c]).c_str(), bold);
        worksheet_freeze_panes(ws, 1, 0);
        lxw_row_t row = 1;
        for (const auto& cells : sheet.rows) {
            for (std::size_t c = 0; c < cells.size(); ++c) {
                const auto col = static_cast<lxw_col_t>(c);
                if (const auto* i = std::get_if<std::int64_t>(&cells[c]))
                    worksheet_write_number(ws, row, col, static_cast<double>(*i), nullptr);
                else if (const auto* d = std::get_if<double>(&cells[c]))
                    worksheet_write_number(ws, row, col, *d, nullptr);
                else if (const auto* s = std::get_if<std::string>(&cells[c]))
                    worksheet_write_string(ws, row, col, cellText(*s).c_str(), nullptr);
            }
            ++row;
        }
        ++row;
        for (const auto& text : sheet.notes)
            worksheet_write_string(ws, row++, 0, cellText(text).c_str(), note);
    }
    check(workbook_close(workbook), "closing the workbook");
    return readInputFile(temp.path, std::int64_t{1} << 32);
}

} // namespace cairn::exporting
