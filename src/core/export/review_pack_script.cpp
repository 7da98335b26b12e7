// The review pack's script: renders the quotes from the embedded JSON (as text nodes only), keeps the
// reviewer's choices, and builds the decisions file with its checksum. SHA-256 is computed here rather
// than with crypto.subtle, which is asynchronous and, for a page opened from disk, not available in
// every browser.

#include "export/review_pack.h"

namespace cairn::exporting {

const char* reviewPackScript() {
    return R"JS(
"use strict";
const CAIRN_K = [0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,0x923f82a4,0xab1c5ed5,
  0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,0xe49b69c1,0xefbe4786,
  0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,
  0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,0x650a7354,0x766a0abb,
  0x81c2c92e,0x92722c85,0xa2bfe8a1,0xa81a664b,0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,
  0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,0x748f82ee,0x78a5636f,
  0x84c87814,0x8cc70208,0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2];

function cairnRotr(x, n) { return (x >>> n) | (x << (32 - n)); }

// SHA-256 (FIPS 180-4) of a Uint8Array, as lower-case hex.
function cairnSha256Hex(bytes) {
  const length = bytes.length;
  const total = Math.ceil((length + 9) / 64) * 64;
  const block = new Uint8Array(total);
  block.set(bytes);
  block[length] = 0x80;
  const view = new DataView(block.buffer);
  view.setUint32(total - 8, Math.floor(length / 0x20000000));
  view.setUint32(total - 4, (length * 8) >>> 0);
  const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const w = new Uint32Array(64);
  for (let offset = 0; offset < total; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + 4 * i);
    for (let i = 16; i < 64; i++) {
      const s0 = cairnRotr(w[i - 15], 7) ^ cairnRotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = cairnRotr(w[i - 2], 17) ^ cairnRotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, k] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (k + (cairnRotr(e, 6) ^ cairnRotr(e, 11) ^ cairnRotr(e, 25)) + ((e & f) ^ (~e & g)) +
                  CAIRN_K[i] + w[i]) >>> 0;
      const t2 = ((cairnRotr(a, 2) ^ cairnRotr(a, 13) ^ cairnRotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      k = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    const add = [a, b, c, d, e, f, g, k];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + add[i]) >>> 0;
  }
  return h.map((x) => x.toString(16).padStart(8, "0")).join("");
}

function cairnSha256OfText(text) { return cairnSha256Hex(new TextEncoder().encode(text)); }

const cairnPack = JSON.parse(document.getElementById("cairn-pack").textContent);
const cairnChoices = {}; // quote guid → {action, at}

function cairnElement(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function cairnRenderQuote(quote, index) {
  const section = cairnElement("section", "quote");
  section.id = "quote-" + quote.guid;
  section.appendChild(cairnElement("h2", "", (index + 1) + ". " + quote.code));
  const meta = [quote.source];
  if (quote.case) meta.push(quote.case);
  meta.push(quote.disclosure === "withheld" ? "withheld: " + quote.attribution : quote.attribution);
  meta.push("status: " + quote.status);
  section.appendChild(cairnElement("p", "meta", meta.join(" · ")));
  if (quote.needs_review_reason) section.appendChild(cairnElement("p", "warn", "Needs review again: " + quote.needs_review_reason));
  if (quote.disclosure === "withheld") {
    section.appendChild(cairnElement("p", "withheld", "Withheld by consent: its text is not in this pack and it cannot be approved."));
  } else {
    const passage = cairnElement("blockquote", "passage");
    passage.dir = "auto";
    passage.appendChild(cairnElement("span", "context", quote.before));
    const mark = cairnElement("mark", "", quote.text);
    mark.dir = "auto";
    passage.appendChild(mark);
    passage.appendChild(cairnElement("span", "context", quote.after));
    section.appendChild(passage);
  }
  for (const line of quote.history) section.appendChild(cairnElement("p", "history", line));
  const choices = cairnElement("fieldset", "choices");
  choices.appendChild(cairnElement("legend", "", "Decision"));
  const options = [["", "No decision"], ["approve", "Approve"], ["request-change", "Request change"], ["reject", "Reject"]];
  for (const [action, label] of options) {
    const wrap = cairnElement("label");
    const radio = document.createElement("input");
    radio.type = "radio";
    radio.name = "decision-" + quote.guid;
    radio.value = action;
    radio.checked = action === "";
    if (action === "approve" && quote.disclosure === "withheld") radio.disabled = true;
    radio.addEventListener("change", () => cairnChoose(quote.guid, action));
    wrap.appendChild(radio);
    wrap.appendChild(document.createTextNode(" " + label));
    choices.appendChild(wrap);
  }
  section.appendChild(choices);
  const comment = document.createElement("textarea");
  comment.id = "comment-" + quote.guid;
  comment.dir = "auto";
  comment.placeholder = "Comment (why, or what to change)";
  section.appendChild(comment);
  return section;
}

function cairnChoose(guid, action) {
  if (action === "") delete cairnChoices[guid];
  else cairnChoices[guid] = {action: action, at: new Date().toISOString()};
  cairnUpdateCount();
}

function cairnUpdateCount() {
  document.getElementById("cairn-count").textContent = Object.keys(cairnChoices).length + " of " + cairnPack.quotes.length + " decided";
}

// The decisions file's text (import/review_decisions.h describes the format).
function cairnDecisionsText() {
  const reviewer = document.getElementById("cairn-reviewer").value.trim();
  if (!reviewer) throw new Error("Type your name as reviewer before saving.");
  const decisions = [];
  for (const quote of cairnPack.quotes) {
    const choice = cairnChoices[quote.guid];
    if (!choice) continue;
    decisions.push({quote: quote.guid, action: choice.action, at: choice.at,
                    comment: document.getElementById("comment-" + quote.guid).value});
  }
  const content = JSON.stringify({
    format: cairnPack.format, version: cairnPack.version, pack: cairnPack.pack, project: cairnPack.project,
    reviewer: reviewer, saved_at: new Date().toISOString(),
    quotes: cairnPack.quotes.map((q) => ({guid: q.guid, text_hash: q.text_hash})),
    digest: cairnPack.digest, decisions: decisions});
  return JSON.stringify({format: cairnPack.format, version: cairnPack.version,
                         checksum: "sha256:" + cairnSha256OfText(content), content: content}, null, 1) + "\n";
}

// Shows the file in the page (to copy by hand if downloads are blocked) and offers it as a download.
function cairnSave() {
  const status = document.getElementById("cairn-status");
  let text;
  try {
    text = cairnDecisionsText();
  } catch (error) {
    status.textContent = error.message;
    return null;
  }
  const output = document.getElementById("cairn-decisions");
  output.textContent = text;
  output.hidden = false;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], {type: "application/json"}));
  link.download = "review-decisions-" + cairnPack.pack.slice(0, 8) + ".json";
  document.body.appendChild(link);
  link.click();
  link.remove();
  status.textContent = "Saved " + link.download + ". Send it back to the project team.";
  return text;
}

document.title = "Quote review: " + cairnPack.project_name;
document.getElementById("cairn-title").textContent = "Quote review: " + cairnPack.project_name;
document.getElementById("cairn-about").textContent = cairnPack.quotes.length + " quotes · pack made " + cairnPack.created_at;
document.getElementById("cairn-reviewer").value = cairnPack.reviewer;
const cairnList = document.getElementById("cairn-quotes");
cairnPack.quotes.forEach((quote, index) => cairnList.appendChild(cairnRenderQuote(quote, index)));
document.getElementById("cairn-save").addEventListener("click", cairnSave);
cairnUpdateCount();
)JS";
}

} // namespace cairn::exporting
