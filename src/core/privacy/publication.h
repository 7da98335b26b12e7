#pragma once
// The publishable form of a span of a source: the one function every output of quote text goes through
// (side by side, the framework matrix's text cells, and the quote and review work that uses them).
//
//   consent   the span's cases decide (consentDecision): any case withdrawn, not to be quoted, or with no
//             consent recorded ("unknown") → the span is withheld whole; every case "quote" →
//             attributed (to the case's pseudonym when it has one); otherwise anonymous. A span that
//             belongs to no case (workshop notes, say) is anonymous.
//   text      accepted pseudonym matches and redactions inside or overlapping the span replace the text
//             they cover with their replacement in brackets ("[Participant 7]"); a redaction wins over a
//             pseudonym it overlaps. The source text itself is never changed.
// With `includeIdentifying` (an explicit flag, which the caller logs) consent and replacements are
// ignored and the raw text is returned.

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::privacy {

/// The stored consent states and what each means for quoting (a CLI contract).
///   quote      may be quoted, with attribution
///   anonymous  may be quoted anonymously only
///   none       not to be quoted
///   withdrawn  withdrew from the study: nothing of theirs is published
///   unknown    not recorded: withheld until consent is recorded
enum class Disclosure { Attributed, Anonymous, Withheld };

struct ConsentDecision {
    Disclosure disclosure = Disclosure::Anonymous;
    std::string reason; // for Withheld: "withdrawn", "not to be quoted" or "consent not recorded"
};

/// The decision for a span belonging to cases with these consent states.
ConsentDecision consentDecision(const std::vector<std::string>& consents);

struct Replacement {
    enum class Kind { Pseudonym, Redaction };
    Kind kind = Kind::Pseudonym;
    std::int64_t cpStart = 0; // code points into the source's text, half-open
    std::int64_t cpEnd = 0;
    std::string text; // shown in brackets
};

/// What a project's privacy settings say, loaded once per output (store::loadPrivacyRules).
struct PrivacyRules {
    std::map<std::int64_t, std::string> consentByCase;                     // case id → consent state
    std::map<std::int64_t, std::string> caseNames;                         // case id → name
    std::map<std::int64_t, std::string> casePseudonyms;                    // case id → replacement
    std::map<std::int64_t, std::vector<Replacement>> replacementsBySource; // sorted by cpStart
    std::set<std::int64_t> sensitiveAttributes;                            // attribute ids
    std::vector<std::string> foldedNames; // every registered real text, folded (text/fold.h)
};

/// Counts of what outputs changed or left out, for notes and the anonymisation log.
struct PublicationTally {
    std::int64_t published = 0;
    std::int64_t withheldWithdrawn = 0;
    std::int64_t withheldNoConsent = 0;
    std::int64_t withheldUnrecorded = 0;
    std::int64_t pseudonyms = 0;
    std::int64_t redactions = 0;
    void add(const PublicationTally& other);
    std::int64_t withheld() const { return withheldWithdrawn + withheldNoConsent + withheldUnrecorded; }
};

struct SpanRequest {
    std::int64_t sourceId = 0;
    std::string_view sourceText; // the source's whole NFC text
    std::int64_t cpStart = 0;
    std::int64_t cpEnd = 0;
    std::vector<std::int64_t> caseIds; // the cases the span belongs to
};

struct PublishedSpan {
    ConsentDecision decision;
    std::string text;                     // empty when withheld
    std::vector<std::string> attribution; // case names or pseudonyms, when attributed
};

/// The span as it may be published, counting what was done in `tally`.
PublishedSpan publishSpan(const PrivacyRules& rules, const SpanRequest& request, bool includeIdentifying,
                          PublicationTally& tally);

/// `text` with `replacements` (code points into it, any order, may overlap) applied; counts them.
std::string applyReplacements(std::string_view text, std::vector<Replacement> replacements,
                              PublicationTally& tally);

/// A case as outputs may name it: its pseudonym in brackets when it has one, else its name.
std::string caseLabel(const PrivacyRules& rules, std::int64_t caseId);

/// `label` (a source's name, say "amira-interview") unless a registered name occurs in it (folded);
/// then `fallback` (the source's kind).
std::string publishableLabel(const PrivacyRules& rules, const std::string& label,
                             const std::string& fallback);

/// "[text]", unless the text is already bracketed.
std::string bracketed(std::string_view text);

} // namespace cairn::privacy
