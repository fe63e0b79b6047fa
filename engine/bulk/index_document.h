// The register of a bulk export (সভার কার্যবিবরণীর তালিকা): one row per meeting, as a
// document the PDF backend sets like any other.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "assembly/blocks.h"
#include "assembly/template.h"
#include "bangla/calendar.h"

namespace potro {

// One meeting in the register.
struct IndexEntry {
    std::optional<GregorianDate> date;  // the issue date, else the meeting's
    std::u16string kind;  // the kind's title: সভার কার্যবিবরণী, সরকারি পত্র …
    std::u16string subject;
    std::u16string person;  // the chair, or who signs
    std::string memo;       // as printed, Bangla digits; empty without an issue part
    size_t pages = 0;
    std::map<std::string, std::string> files;  // format → file name in the output folder
    std::string source;                        // the input file
};

// The entries sorted as the register lists them: by date, then memo number, then source.
void sort_index(std::vector<IndexEntry>& entries);

// A table ক্রমিক | তারিখ | বিষয় | সভাপতি | স্মারক নম্বর | পৃষ্ঠা under a title, in the
// template's page, fonts and sizes; its heading row repeats on every page.
AssembledDocument assemble_index(const std::vector<IndexEntry>& entries, const Template& tpl,
                                 const std::u16string& title);

// The same as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read
// the Bangla right): date, bangla_date, subject, chair, memo_number, pages, pdf, docx, source.
std::string index_csv(const std::vector<IndexEntry>& entries);

}  // namespace potro
