// potro's form: a clerk fills the parts of a document, sees each problem beside its field and
// the pages as potro lays them out, saves drafts and issues the document. The form builds the
// document as JSON (docs/json.md) and asks the server for everything else: validation,
// preview, dates, drafts, issuing. Plain JavaScript, no build step, nothing from the network.
"use strict";

const $ = (sel) => document.querySelector(sel);
const BN_DIGITS = "০১২৩৪৫৬৭৮৯";
const bn = (n) => String(n).replace(/[0-9]/g, (d) => BN_DIGITS[d]);

// ---------------------------------------------------------------- talking to the server

async function api(method, path, body, type) {
  const headers = {};
  if (body !== undefined) headers["Content-Type"] = type || "application/json";
  const token = sessionStorage.getItem("potro-token");
  if (token) headers["Authorization"] = "Bearer " + token;
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  if (res.status === 401) {
    const t = prompt("এই সার্ভারে কাজ করতে টোকেন লাগে। টোকেনটি দিন:");
    if (t) {
      sessionStorage.setItem("potro-token", t.trim());
      return api(method, path, body, type);
    }
  }
  return res;
}

// ---------------------------------------------------------------- the parts of each kind

// A field: key in the state, label, and the element path its messages come back with ({i}:
// the item's number in a repeated part).
const F = (key, label, opts = {}) => ({ t: "field", key, label, ...opts });
const G = (legend, children) => ({ t: "group", legend, children });
const R = (key, legend, itemLabel, children) => ({ t: "repeat", key, legend, itemLabel, children });
const T = (key, legend, columns, path) => ({ t: "table", key, legend, columns, path });
const C = (key, label) => ({ t: "check", key, label });

function memoGroup(root, where) {
  const p = "/" + root + (where || "");
  return G("স্মারক ও তারিখ", [
    F("memo", "স্মারক নম্বর", { path: p + "/memo", hint: "যেমন ০৫.৪৪.৭৮০০.০১৬.১৮.০০২.২৫.২১৪" }),
    C("auto", "ক্রমিক নম্বর রেজিস্টার থেকে নিন (ওপরে শুধু নথির কোড লিখুন)"),
    F("date", "তারিখ", { type: "date", path: p + "/date" }),
  ]);
}

function signatureGroup(root, legend) {
  const p = "/" + root + "/signature";
  return G(legend || "স্বাক্ষরকারী", [
    F("sig_name", "নাম", { path: p + "/name" }),
    F("sig_designation", "পদবি", { path: p + "/designation" }),
    F("sig_office", "দপ্তর", { path: p + "/office" }),
  ]);
}

function meetingGroup(root) {
  const p = "/" + root + "/meeting";
  return G("সভা", [
    F("chair_name", "সভাপতির নাম", { path: p + "/chair/name" }),
    F("chair_designation", "সভাপতির পদবি", { path: p + "/chair/designation" }),
    F("meeting_date", "সভার তারিখ", { type: "date", path: p + "/date" }),
    F("meeting_time", "সময়", { type: "time", path: p + "/time" }),
    F("meeting_place", "স্থান", { path: p + "/place" }),
  ]);
}

function listsGroup(root, where, withDistribution) {
  const p = "/" + root + (where || "");
  const parts = [];
  if (withDistribution)
    parts.push(F("distribution", "বিতরণ — প্রতি লাইনে একজন প্রাপক", { type: "textarea", path: p + "/distribution" }));
  parts.push(F("copies", "অনুলিপি — প্রতি লাইনে একজন", { type: "textarea", path: p + "/copies" }));
  parts.push(C("office_copy", "শেষে অফিস কপি"));
  return G("বিতরণ ও অনুলিপি", parts);
}

const KINDS = {
  minutes: {
    title: "সভার কার্যবিবরণী",
    parts: [
      F("subject", "সভার বিষয়", { path: "/minutes/subject" }),
      meetingGroup("minutes"),
      F("intro", "সূচনা", { type: "textarea", path: "/minutes/body/p" }),
      R("agenda", "আলোচ্য বিষয় ও সিদ্ধান্ত", "আলোচ্য বিষয়", [
        F("title", "বিষয়", { path: "/minutes/body/agenda/item[{i}]/title" }),
        F("discussion", "আলোচনা", { type: "textarea", path: "/minutes/body/agenda/item[{i}]/discussion" }),
        F("decisions", "সিদ্ধান্ত — প্রতি লাইনে একটি", { type: "textarea", path: "/minutes/body/agenda/item[{i}]/decision" }),
      ]),
      F("closing", "সমাপনী", { type: "textarea", path: "/minutes/closing" }),
      signatureGroup("minutes", "সভাপতির স্বাক্ষর"),
      memoGroup("minutes", "/issue"),
      listsGroup("minutes", "/issue", true),
      T("attendees", "উপস্থিতি (পরিশিষ্ট)", ["নাম", "পদবি", "দপ্তর", "ফোন"], "/minutes/annex/attendee[{i}]"),
    ],
  },
  letter: {
    title: "সরকারি পত্র",
    parts: [
      memoGroup("letter"),
      G("প্রাপক", [
        F("to_designation", "পদবি", { path: "/letter/to/designation" }),
        F("to_office", "দপ্তর", { path: "/letter/to/office" }),
        F("to_address", "ঠিকানা", { path: "/letter/to/address" }),
      ]),
      F("subject", "বিষয়", { path: "/letter/subject" }),
      G("সূত্র (যদি থাকে)", [
        F("ref_memo", "সূত্রের স্মারক নম্বর", { path: "/letter/reference/memo" }),
        F("ref_date", "সূত্রের তারিখ", { type: "date", path: "/letter/reference/date" }),
      ]),
      F("body", "পত্রের বক্তব্য — অনুচ্ছেদের মাঝে একটি ফাঁকা লাইন", { type: "textarea", rows: 8, path: "/letter/body" }),
      F("attachments", "সংযুক্তি", { path: "/letter/attachments", hint: "যেমন বর্ণনামতে (৩ পাতা)" }),
      signatureGroup("letter"),
      listsGroup("letter", "", false),
    ],
  },
  "office-order": orderKind("office-order", "অফিস আদেশ"),
  notification: orderKind("notification", "প্রজ্ঞাপন"),
  "meeting-notice": {
    title: "সভার নোটিশ",
    parts: [
      memoGroup("meeting-notice"),
      F("subject", "বিষয়", { path: "/meeting-notice/subject" }),
      F("intro", "সূচনা (যদি থাকে)", { type: "textarea", path: "/meeting-notice/body/p" }),
      meetingGroup("meeting-notice"),
      F("topics", "আলোচ্যসূচি — প্রতি লাইনে একটি", { type: "textarea", path: "/meeting-notice/topics" }),
      signatureGroup("meeting-notice"),
      listsGroup("meeting-notice", "", true),
    ],
  },
};

function orderKind(root, title) {
  return {
    title,
    parts: [
      memoGroup(root),
      F("subject", "বিষয়", { path: "/" + root + "/subject" }),
      F("body", "আদেশ — অনুচ্ছেদের মাঝে একটি ফাঁকা লাইন", { type: "textarea", rows: 8, path: "/" + root + "/body" }),
      F("closing", "সমাপনী বাক্য (যদি থাকে)", { path: "/" + root + "/closing" }),
      signatureGroup(root),
      listsGroup(root, "", false),
    ],
  };
}

// ---------------------------------------------------------------- state ↔ document

let state = { kind: "minutes", office: "", values: {} };
let draftId = 0;

const lines = (s) => (s || "").split("\n").map((x) => x.trim()).filter((x) => x);
const paragraphs = (s) => (s || "").split(/\n\s*\n/).map((x) => x.replace(/\s+/g, " ").trim()).filter((x) => x);
const put = (o, k, v) => { if (v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && !v.length)) o[k] = v; };

function memoOf(v) {
  if (!v.memo) return undefined;
  return v.auto ? { "@serial": "auto", "#text": v.memo } : v.memo;
}

function listsOf(v, target, withDistribution) {
  if (withDistribution) put(target, "distribution", lines(v.distribution).length ? { to: lines(v.distribution) } : undefined);
  const copies = lines(v.copies);
  if (copies.length || v.office_copy) {
    const c = {};
    if (v.office_copy) c["@office-copy"] = "yes";
    if (copies.length) c.to = copies;
    target.copies = c;
  }
}

function signatureOf(v) {
  const s = { name: v.sig_name || "" };
  put(s, "designation", v.sig_designation);
  put(s, "office", v.sig_office);
  return s;
}

function meetingOf(v) {
  const chair = { name: v.chair_name || "" };
  put(chair, "designation", v.chair_designation);
  const m = { chair, date: v.meeting_date || "" };
  put(m, "time", v.meeting_time);
  put(m, "place", v.meeting_place);
  return m;
}

function buildDocument() {
  const v = state.values;
  const kind = state.kind;
  const d = {};
  if (draftId) d["@id"] = "draft-" + draftId;
  if (state.office) d.letterhead = { "@ref": state.office };
  if (kind === "minutes") {
    d.subject = v.subject || "";
    d.meeting = meetingOf(v);
    const content = [];
    if (v.intro && v.intro.trim()) content.push({ p: v.intro.trim() });
    const items = (v.agenda || []).filter((a) => a.title || a.discussion || a.decisions).map((a) => {
      const item = { title: a.title || "" };
      put(item, "discussion", (a.discussion || "").trim());
      const dec = lines(a.decisions);
      if (dec.length === 1) item.decision = dec[0];
      else if (dec.length > 1) item.decision = { list: { item: dec } };
      return item;
    });
    if (items.length) content.push({ agenda: { item: items } });
    if (content.length) d.body = { "#content": content };
    put(d, "closing", (v.closing || "").trim());
    d.signature = signatureOf(v);
    if (v.memo || v.date || lines(v.distribution).length || lines(v.copies).length) {
      const issue = {};
      put(issue, "memo", memoOf(v));
      issue.date = v.date || "";
      listsOf(v, issue, true);
      d.issue = issue;
    }
    const rows = (v.attendees || []).filter((r) => r.some((c) => c && c.trim()));
    if (rows.length) {
      d.annex = {
        attendee: rows.map((r) => {
          const a = { name: r[0] || "" };
          put(a, "designation", r[1]);
          put(a, "office", r[2]);
          put(a, "phone", r[3]);
          return a;
        }),
      };
    }
  } else if (kind === "letter") {
    put(d, "memo", memoOf(v));
    d.date = v.date || "";
    const to = { designation: v.to_designation || "" };
    put(to, "office", v.to_office);
    put(to, "address", v.to_address);
    d.to = to;
    d.subject = v.subject || "";
    if (v.ref_memo || v.ref_date) d.reference = { memo: v.ref_memo || "", date: v.ref_date || "" };
    const ps = paragraphs(v.body);
    if (ps.length) d.body = { p: ps };
    put(d, "attachments", v.attachments);
    d.signature = signatureOf(v);
    listsOf(v, d, false);
  } else if (kind === "meeting-notice") {
    put(d, "memo", memoOf(v));
    d.date = v.date || "";
    d.subject = v.subject || "";
    if (v.intro && v.intro.trim()) d.body = { p: v.intro.trim() };
    d.meeting = meetingOf(v);
    if (lines(v.topics).length) d.topics = { item: lines(v.topics) };
    d.signature = signatureOf(v);
    listsOf(v, d, true);
  } else {
    put(d, "memo", memoOf(v));
    d.date = v.date || "";
    d.subject = v.subject || "";
    const ps = paragraphs(v.body);
    if (ps.length) d.body = { p: ps };
    put(d, "closing", v.closing);
    d.signature = signatureOf(v);
    listsOf(v, d, false);
  }
  return { [kind]: d };
}

// A document back into the form (a draft, an uploaded file): what the form has fields for.
const text = (x) => (x === undefined || x === null ? "" : typeof x === "string" ? x : x["#text"] || "");
const many = (x) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function fillFrom(doc) {
  const kind = Object.keys(doc)[0];
  if (!KINDS[kind]) throw new Error("এই ফর্মে " + kind + " ধরনের দলিল নেই");
  const d = doc[kind] || {};
  const v = {};
  const lh = d.letterhead;
  const office = lh && typeof lh === "object" ? lh["@ref"] || "" : "";
  const memoHolder = kind === "minutes" ? d.issue || {} : d;
  const memo = memoHolder.memo;
  v.memo = text(memo);
  v.auto = !!(memo && typeof memo === "object" && memo["@serial"] === "auto");
  v.date = text(memoHolder.date);
  v.subject = text(d.subject);
  const sig = d.signature ? many(d.signature)[0] : {};
  v.sig_name = text(sig.name);
  v.sig_designation = text(sig.designation);
  v.sig_office = text(sig.office);
  const listHolder = kind === "minutes" ? memoHolder : d;
  v.distribution = many(listHolder.distribution && listHolder.distribution.to).map(text).join("\n");
  v.copies = many(listHolder.copies && listHolder.copies.to).map(text).join("\n");
  v.office_copy = !!(listHolder.copies && listHolder.copies["@office-copy"] === "yes");
  const m = d.meeting || {};
  v.chair_name = text(m.chair && m.chair.name);
  v.chair_designation = text(m.chair && m.chair.designation);
  v.meeting_date = text(m.date);
  v.meeting_time = text(m.time);
  v.meeting_place = text(m.place);
  v.closing = text(d.closing);
  if (kind === "minutes") {
    const content = d.body ? d.body["#content"] || Object.entries(d.body).map(([k, x]) => ({ [k]: x })) : [];
    const ps = [];
    v.agenda = [];
    for (const c of content) {
      if (c.p) ps.push(...many(c.p).map(text));
      if (c.agenda) {
        for (const item of many(c.agenda.item)) {
          const dec = item.decision;
          const decisions = dec && typeof dec === "object" && dec.list ? many(dec.list.item).map(text) : [text(dec)];
          v.agenda.push({ title: text(item.title), discussion: text(item.discussion), decisions: decisions.filter((x) => x).join("\n") });
        }
      }
    }
    v.intro = ps.join("\n\n");
    v.attendees = d.annex ? many(d.annex.attendee).map((a) => [text(a.name), text(a.designation), text(a.office), text(a.phone)]) : [];
  } else if (kind === "meeting-notice") {
    v.intro = d.body ? many(d.body.p).map(text).join("\n\n") : "";
    v.topics = d.topics ? many(d.topics.item).map(text).join("\n") : "";
  } else {
    v.body = d.body ? many(d.body.p).map(text).join("\n\n") : "";
    v.to_designation = text(d.to && d.to.designation);
    v.to_office = text(d.to && d.to.office);
    v.to_address = text(d.to && d.to.address);
    v.ref_memo = text(d.reference && d.reference.memo);
    v.ref_date = text(d.reference && d.reference.date);
    v.attachments = text(d.attachments);
  }
  state = { kind, office: office || state.office, values: v };
  $("#kind").value = kind;
  if (office) $("#office").value = office;
  renderForm();
}

// ---------------------------------------------------------------- the form itself

let fieldCount = 0;

function fieldPath(spec, i) {
  return spec.path ? spec.path.replace("{i}", i) : "";
}

function makeField(spec, holder, i, onChange) {
  const wrap = document.createElement("label");
  wrap.className = "field";
  const label = document.createElement("span");
  label.className = "label";
  label.textContent = spec.label;
  wrap.appendChild(label);
  const input = document.createElement(spec.type === "textarea" ? "textarea" : "input");
  if (spec.type && spec.type !== "textarea") input.type = spec.type;
  if (spec.rows) input.rows = spec.rows;
  input.name = spec.key + (i ? "-" + i : "");
  input.id = "f" + ++fieldCount;
  // Named by its label alone: the dual date and the messages under it describe it.
  label.id = input.id + "-label";
  input.setAttribute("aria-labelledby", label.id);
  input.value = holder[spec.key] || "";
  input.dataset.path = fieldPath(spec, i);
  if (spec.hint) input.placeholder = spec.hint;
  input.addEventListener("input", () => {
    holder[spec.key] = input.value;
    onChange();
  });
  wrap.appendChild(input);
  if (spec.type === "date") {
    const dual = document.createElement("div");
    dual.className = "dual-date";
    dual.id = input.id + "-date";
    input.setAttribute("aria-describedby", dual.id);
    wrap.appendChild(dual);
    const show = async () => {
      dual.textContent = "";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.value)) return;
      const res = await api("GET", "/api/date?d=" + input.value);
      if (res.ok) {
        const j = await res.json();
        dual.textContent = j.weekday + ", " + j.bangla + " / " + j.gregorian;
      }
    };
    input.addEventListener("change", show);
    show();
  }
  return wrap;
}

function makeCheck(spec, holder, onChange) {
  const wrap = document.createElement("label");
  wrap.className = "field check";
  const input = document.createElement("input");
  input.type = "checkbox";
  input.checked = !!holder[spec.key];
  input.style.width = "auto";
  input.addEventListener("change", () => {
    holder[spec.key] = input.checked;
    onChange();
  });
  const span = document.createElement("span");
  span.textContent = spec.label;
  span.id = "c" + ++fieldCount;
  input.setAttribute("aria-labelledby", span.id);
  wrap.append(input, span);
  return wrap;
}

// The buttons that add and remove rows and items; `label`: the name a screen reader says, when
// the text alone does not say which one.
function smallButton(text, label, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "small";
  b.textContent = text;
  if (label) b.setAttribute("aria-label", label);
  b.addEventListener("click", onClick);
  return b;
}

function makeTable(spec, holder, onChange) {
  const box = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.textContent = spec.legend;
  box.appendChild(legend);
  const hint = document.createElement("p");
  hint.className = "hint";
  hint.textContent = "স্প্রেডশিট থেকে সারিগুলো কপি করে যেকোনো ঘরে পেস্ট করা যায়।";
  box.appendChild(hint);
  const rows = (holder[spec.key] = holder[spec.key] || []);
  if (!rows.length) rows.push(spec.columns.map(() => ""));
  const table = document.createElement("table");
  table.className = "grid";
  const head = table.insertRow();
  for (const c of ["ক্রম", ...spec.columns, ""]) {
    const th = document.createElement("th");
    th.textContent = c;
    head.appendChild(th);
  }
  const redraw = () => {
    box.replaceWith(makeTable(spec, holder, onChange));
    onChange();
  };
  rows.forEach((row, r) => {
    const tr = table.insertRow();
    tr.dataset.path = spec.path.replace("{i}", r + 1);
    tr.insertCell().textContent = bn(r + 1);
    spec.columns.forEach((col, c) => {
      const input = document.createElement("input");
      input.value = row[c] || "";
      input.setAttribute("aria-label", col + " " + bn(r + 1));
      input.addEventListener("input", () => {
        row[c] = input.value;
        onChange();
      });
      // Rows pasted from a spreadsheet: tab-separated cells, one row a line.
      input.addEventListener("paste", (e) => {
        const t = (e.clipboardData || window.clipboardData).getData("text");
        if (!/[\t\n]/.test(t)) return;
        e.preventDefault();
        const pasted = t.replace(/\r/g, "").split("\n").filter((l) => l.trim()).map((l) => l.split("\t"));
        pasted.forEach((cells, k) => {
          const target = (rows[r + k] = rows[r + k] || spec.columns.map(() => ""));
          cells.forEach((cell, j) => {
            if (c + j < spec.columns.length) target[c + j] = cell.trim();
          });
        });
        redraw();
      });
      tr.insertCell().appendChild(input);
    });
    const del = smallButton("মুছুন", "সারি " + bn(r + 1) + " মুছুন", () => {
      rows.splice(r, 1);
      redraw();
    });
    tr.insertCell().appendChild(del);
  });
  box.appendChild(table);
  box.appendChild(smallButton("সারি যোগ করুন", null, () => {
    rows.push(spec.columns.map(() => ""));
    redraw();
  }));
  return box;
}

function makePart(spec, holder, i, onChange) {
  if (spec.t === "field") return makeField(spec, holder, i, onChange);
  if (spec.t === "check") return makeCheck(spec, holder, onChange);
  if (spec.t === "table") return makeTable(spec, holder, onChange);
  if (spec.t === "group") {
    const box = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = spec.legend;
    box.appendChild(legend);
    const row = document.createElement("div");
    row.className = "row";
    for (const c of spec.children) row.appendChild(makePart(c, holder, i, onChange));
    box.appendChild(row);
    return box;
  }
  // A repeated part: its items, each with a remove button, and a button to add one.
  const box = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.textContent = spec.legend;
  box.appendChild(legend);
  const items = (holder[spec.key] = holder[spec.key] || []);
  if (!items.length) items.push({});
  const redraw = () => {
    box.replaceWith(makePart(spec, holder, i, onChange));
    onChange();
  };
  items.forEach((item, k) => {
    const div = document.createElement("div");
    div.className = "item";
    const head = document.createElement("div");
    head.className = "item-head";
    head.textContent = spec.itemLabel + " " + bn(k + 1);
    const del = smallButton("বাদ দিন", spec.itemLabel + " " + bn(k + 1) + " বাদ দিন", () => {
      items.splice(k, 1);
      redraw();
    });
    head.appendChild(del);
    div.appendChild(head);
    for (const c of spec.children) div.appendChild(makePart(c, item, k + 1, onChange));
    box.appendChild(div);
  });
  box.appendChild(smallButton(spec.itemLabel + " যোগ করুন", null, () => {
    items.push({});
    redraw();
  }));
  return box;
}

function renderForm() {
  // Another document: the old one's pages and messages must not stand beside it.
  ++generation;  // a preview still on its way is of the document before
  $("#pages").replaceChildren();
  $("#issued").replaceChildren();
  const form = $("#doc");
  form.replaceChildren();
  for (const part of KINDS[state.kind].parts) form.appendChild(makePart(part, state.values, 0, changed));
  changed();
}

// ---------------------------------------------------------------- messages beside fields

// potro's messages are English; the ones a clerk meets most are said in Bangla, the rest are
// shown as they are after a Bangla word of what they are.
const BANGLA = [
  [/is not a date/, "তারিখটি সঠিক নয় — দিন, মাস ও বছর দেখে নিন।"],
  [/is not a time/, "সময়টি সঠিক নয় — ঘণ্টা ও মিনিট দিন (যেমন ১১:০০)।"],
  [/issued before the meeting/, "সভার আগের তারিখে কার্যবিবরণী জারি হচ্ছে — তারিখ দুটি দেখে নিন।"],
  [/memo number|file code/i, "স্মারক নম্বরটি সঠিক নয় — নথির কোড ও ক্রমিক নম্বর দেখে নিন।"],
  [/is empty|needs? (a |an )?<?name>?|has no <name>/, "এই ঘরটি পূরণ করুন।"],
  [/no <subject>|<subject>/, "বিষয় লিখুন।"],
  [/no <signature>/, "স্বাক্ষরকারীর নাম লিখুন।"],
  [/cannot find|no such office|no file/, "দপ্তরের প্যাডটি পাওয়া যায়নি — তালিকা থেকে একটি বেছে নিন।"],
];

function inBangla(message) {
  for (const [re, bnText] of BANGLA) if (re.test(message)) return bnText;
  return "সমস্যা: " + message;
}

const norm = (p) => (p || "").replace(/\[1\]/g, "");

function clearMessages() {
  document.querySelectorAll(".msg").forEach((m) => m.remove());
  document.querySelectorAll("[aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
}

function showMessages(diags) {
  clearMessages();
  const byPath = new Map();
  document.querySelectorAll("[data-path]").forEach((e) => {
    if (e.dataset.path) byPath.set(norm(e.dataset.path), e);
  });
  for (const d of diags) {
    // The field of the element named, else the first field inside it (a missing <name> is
    // said of its <chair>), else the nearest enclosing one.
    let p = norm(d.path);
    let target = byPath.get(p) || null;
    if (!target && p) {
      for (const [fp, e] of byPath) {
        if (fp.startsWith(p + "/")) {
          target = e;
          break;
        }
      }
    }
    while (p && !target) {
      p = p.replace(/\/[^/]*$/, "");
      target = byPath.get(p) || null;
    }
    const msg = document.createElement("div");
    msg.className = "msg " + d.severity;
    msg.textContent = inBangla(d.message);
    msg.title = d.message;
    if (target) {
      if (d.severity === "error") target.setAttribute("aria-invalid", "true");
      const place = target.closest("label") || target;
      place.appendChild(msg);
      if (target.id) {
        msg.id = "m" + target.id;
        const others = (target.getAttribute("aria-describedby") || "").split(" ").filter((x) => x && x !== msg.id);
        target.setAttribute("aria-describedby", [...others, msg.id].join(" "));
      }
    } else {
      $("#messages").appendChild(msg);
    }
  }
}

// ---------------------------------------------------------------- validate and preview

let timer = 0;
let generation = 0;

function changed() {
  clearTimeout(timer);
  $("#preview-state").textContent = "— লেখা থামলে হালনাগাদ হবে";
  timer = setTimeout(refresh, 500);
}

async function refresh() {
  const mine = ++generation;
  const doc = buildDocument();
  // Sharp at the preview's width on this screen, and no sharper than that.
  const width = $("#pages").clientWidth || 600;
  const dpi = Math.max(40, Math.min(150, Math.round((width * (window.devicePixelRatio || 1)) / 8.27)));
  const res = await api("POST", "/api/preview?dpi=" + dpi, doc);
  if (mine !== generation) return;
  const body = await res.json();
  if (res.status === 422) {
    showMessages(body);
    $("#preview-state").textContent = "— ত্রুটিগুলো ঠিক করলে পাতাগুলো দেখা যাবে";
    return;
  }
  if (!res.ok) {
    $("#preview-state").textContent = "— " + (body.error || "পূর্বরূপ তৈরি হয়নি");
    return;
  }
  showMessages(body.warnings || []);
  const pages = $("#pages");
  pages.replaceChildren();
  body.images.forEach((src, k) => {
    const img = document.createElement("img");
    img.src = src;
    img.alt = "পাতা " + bn(k + 1);
    pages.appendChild(img);
  });
  $("#preview-state").textContent = "— " + bn(body.pages) + " পাতা";
  pages.dataset.version = String(mine);
}

// ---------------------------------------------------------------- drafts, files, issuing

async function saveDraft() {
  const res = await api("POST", draftId ? "/api/drafts/" + draftId : "/api/drafts", { document: buildDocument() });
  const body = await res.json();
  if (!res.ok) {
    $("#messages").textContent = body.error || "খসড়া সংরক্ষণ করা যায়নি";
    return false;
  }
  draftId = body.id;
  history.replaceState(null, "", "#draft-" + draftId);
  $("#issued").textContent = "খসড়া " + bn(draftId) + " সংরক্ষিত হয়েছে।";
  return true;
}

async function openDrafts() {
  const res = await api("GET", "/api/drafts");
  const list = $("#draft-list");
  list.replaceChildren();
  const drafts = res.ok ? await res.json() : [];
  if (!drafts.length) list.textContent = "কোনো খসড়া নেই।";
  for (const d of drafts) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    const kind = KINDS[d.kind] ? KINDS[d.kind].title : d.kind;
    b.textContent = kind + " — " + (d.subject || "(বিষয় নেই)") + (d.date ? " — " + bn(d.date) : "");
    b.addEventListener("click", async () => {
      await loadDraft(d.id);
      $("#drafts").close();
    });
    li.appendChild(b);
    list.appendChild(li);
  }
  $("#drafts").showModal();
}

async function loadDraft(id) {
  const res = await api("GET", "/api/drafts/" + id);
  if (!res.ok) return;
  const body = await res.json();
  draftId = body.id;
  history.replaceState(null, "", "#draft-" + draftId);
  fillFrom(body.document);
}

async function downloadXml() {
  const res = await api("POST", "/api/convert?to=xml", buildDocument());
  if (!res.ok) return;
  const blob = new Blob([await res.text()], { type: "application/xml" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = state.kind + (draftId ? "-" + draftId : "") + ".xml";
  a.click();
  URL.revokeObjectURL(a.href);
}

async function uploadFile(file) {
  const t = await file.text();
  let doc;
  if (t.trim().startsWith("{")) {
    doc = JSON.parse(t);
  } else {
    const res = await api("POST", "/api/convert?to=json", t, "application/xml");
    const body = await res.json();
    if (!res.ok) {
      showMessages(Array.isArray(body) ? body : [{ severity: "error", message: body.error, path: "" }]);
      return;
    }
    doc = body;
  }
  draftId = 0;
  fillFrom(doc);
}

async function issue() {
  if (!(await saveDraft())) return;
  const res = await api("POST", "/api/issue", buildDocument());
  const body = await res.json();
  const out = $("#issued");
  out.replaceChildren();
  if (!res.ok) {
    if (Array.isArray(body)) showMessages(body);
    out.textContent = "জারি করা যায়নি — ত্রুটিগুলো ঠিক করুন।" + (body.error ? " " + body.error : "");
    return;
  }
  const done = document.createElement("div");
  done.className = "done";
  done.append("জারি হয়েছে। স্মারক নম্বর: " + body.memo + " — " + bn(body.pages) + " পাতা। ");
  for (const [k, label] of [["pdf", "PDF নামান"], ["docx", "DOCX নামান"]]) {
    const a = document.createElement("a");
    a.href = body.files[k];
    a.textContent = label;
    a.download = "";
    a.id = "issued-" + k;
    done.appendChild(a);
  }
  out.appendChild(done);
}

// ---------------------------------------------------------------- start

async function start() {
  const kinds = $("#kind");
  for (const [name, k] of Object.entries(KINDS)) kinds.add(new Option(k.title, name));
  const res = await api("GET", "/api/offices");
  const offices = res.ok ? await res.json() : [];
  const sel = $("#office");
  for (const o of offices) sel.add(new Option(o.lines.filter((l) => !/^www\.|@/.test(l)).slice(1, 3).join(", ") || o.name, o.ref));
  state.office = offices.length ? offices[0].ref : "";
  kinds.addEventListener("change", () => {
    state.kind = kinds.value;
    renderForm();
  });
  sel.addEventListener("change", () => {
    state.office = sel.value;
    changed();
  });
  $("#save").addEventListener("click", saveDraft);
  $("#open-drafts").addEventListener("click", openDrafts);
  $("#close-drafts").addEventListener("click", () => $("#drafts").close());
  $("#download").addEventListener("click", downloadXml);
  $("#upload").addEventListener("change", (e) => e.target.files[0] && uploadFile(e.target.files[0]));
  $("#issue").addEventListener("click", issue);
  $("#new-doc").addEventListener("click", () => {
    draftId = 0;
    history.replaceState(null, "", "#");
    state.values = {};
    renderForm();
  });
  const m = /^#draft-(\d+)$/.exec(location.hash);
  if (m) await loadDraft(Number(m[1]));
  else renderForm();
}

start();
