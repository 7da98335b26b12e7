#pragma once
// Welsh initial mutations, undone. A Welsh word changes its first sound after certain words: "Caerdydd"
// is "yng Nghaerdydd" (in Cardiff), "i Gaerdydd" (to Cardiff), "a Chaerdydd" (and Cardiff). A search for
// the dictionary (radical) form must find every mutated form, and a search typed in a mutated form must
// find the radical. Mutation loses information ("law" is soft-mutated "llaw", hand, or "glaw", rain),
// so undoing it yields candidates, every one of which is kept.
//
// Mutated initial → radical candidates (after folding, so "ŵ" is "w"):
//   soft:     b→p  d→t  dd→d  g→c  f→b  f→m  l→ll  r→rh  and the dropped g: a vowel, w, l or r
//             initial → g + word ("weithio" → "gweithio", "ardd" → "gardd", "law" → "glaw")
//   nasal:    mh→p  nh→t  ngh→c  m→b  n→d  ng→g
//   aspirate: ph→p  th→t  ch→c
//   h-prothesis: h + vowel → vowel ("henw" → "enw", "hiaith" → "iaith")
// "ff", "ll" and "rh" are letters of their own, never mutated forms, and take no candidates from f, l, r.
// Welsh vowels: a e i o u w y.

#include <string>
#include <string_view>
#include <vector>

namespace cairn::text {

/// Appends every radical form that the folded Welsh word `folded` could be a mutation of (not `folded`
/// itself), each once. Words shorter than two letters have none.
void welshRadicalCandidates(std::string_view folded, std::vector<std::string>& out);
std::vector<std::string> welshRadicalCandidates(std::string_view folded);

} // namespace cairn::text
