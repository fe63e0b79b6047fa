// The form in a real browser (Debian's chromium, driven by playwright-core): a clerk fills a
// minutes document and a letter from scratch, sees a message beside a wrong date and sees it
// go when the date is fixed, sees the preview follow the typing, saves a draft, the server
// restarts, the draft is opened again and issued, and the downloaded PDF holds what was typed.
// The server is started here on a loopback port and stopped at the end, also on failure.
//
// usage: node serve_form.mjs POTRO OUT_DIR
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require(path.join(path.dirname(new URL(import.meta.url).pathname),
                                       "../tools/node_modules/playwright-core"));

const [POTRO, OUT_BASE] = process.argv.slice(2);
const OUT = path.join(OUT_BASE, "serve-form");
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const DATA = path.join(OUT, "data");

let failures = 0;
function check(what, ok, detail = "") {
  if (ok) console.log("ok:", what);
  else {
    failures++;
    console.log("FAIL:", what, detail);
  }
}

let server = null;
function startServer(listen) {
  return new Promise((resolve, reject) => {
    const p = spawn(POTRO, ["serve", "--listen", listen, "--data", DATA, "-j", "2", "-q"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    p.stderr.on("data", (d) => {
      err += d;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m) resolve({ proc: p, port: Number(m[1]) });
    });
    p.on("exit", (code) => reject(new Error("the server exited (" + code + "): " + err)));
    server = p;
  });
}
function stopServer(p) {
  return new Promise((resolve) => {
    if (p.exitCode !== null) return resolve();
    p.removeAllListeners("exit");
    p.on("exit", resolve);
    p.kill("SIGTERM");
  });
}

function pdfText(file) {
  return execFileSync("pdftotext", ["-raw", file, "-"]).toString();
}

// The field labelled `label` (exactly) inside the element `scope` selects.
const field = (page, label, scope = "#doc") => page.locator(scope).getByLabel(label, { exact: true });

// Waits for the preview to be drawn again after `previous` (the version it had), and gives the
// new version.
async function waitForPreview(page, previous) {
  await page.waitForFunction(
    (prev) => {
      const v = Number(document.querySelector("#pages").dataset.version || 0);
      return v > prev && document.querySelector("#pages img") !== null;
    },
    previous || 0,
    { timeout: 20000 },
  ).catch(async (e) => {
    const said = await page.evaluate(() => document.querySelector("#preview-state").textContent + " " +
      [...document.querySelectorAll(".msg")].map((m) => m.title).join(" | "));
    throw new Error("no new preview: " + said + "\n" + e.message);
  });
  return page.evaluate(() => Number(document.querySelector("#pages").dataset.version));
}

let browser = null;
try {
  let { proc, port } = await startServer("127.0.0.1:0");
  const url = "http://127.0.0.1:" + port + "/";
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);

  // ---- keyboard: the first stop is the kind of document
  await page.keyboard.press("Tab");
  check("Tab goes first to the kind of document",
        await page.evaluate(() => document.activeElement && document.activeElement.id === "kind"));

  // ---- minutes from scratch
  await page.selectOption("#kind", "minutes");
  await field(page, "সভার বিষয়").fill("জেলা ই-নথি বাস্তবায়ন কমিটির সভা");
  await field(page, "সভাপতির নাম").fill("নুসরাত জাহান চৌধুরী");
  await field(page, "সভাপতির পদবি").fill("জেলা প্রশাসক");
  await field(page, "সভার তারিখ").fill("2025-08-12");
  await field(page, "সময়").fill("11:00");
  await field(page, "স্থান").fill("জেলা প্রশাসকের সম্মেলন কক্ষ");
  const item1 = page.locator("#doc .item").nth(0);
  await item1.getByLabel("বিষয়", { exact: true }).fill("উপজেলা পর্যায়ে ই-নথি ব্যবহারের অগ্রগতি");
  await item1.getByLabel("আলোচনা").fill("প্রোগ্রামার জানান যে চারটি উপজেলায় নথি নিষ্পত্তির হার বেড়েছে।");
  await item1.getByLabel("সিদ্ধান্ত — প্রতি লাইনে একটি").fill(
    "চরকান্দায় বিকল্প ইন্টারনেট সংযোগ স্থাপন করতে হবে।\nপ্রতি মাসে অগ্রগতি প্রতিবেদন পাঠাতে হবে।");
  await page.getByRole("button", { name: "আলোচ্য বিষয় যোগ করুন" }).click();
  const item2 = page.locator("#doc .item").nth(1);
  await item2.getByLabel("বিষয়", { exact: true }).fill("বিবিধ");
  await item2.getByLabel("সিদ্ধান্ত — প্রতি লাইনে একটি").fill("পরবর্তী সভা সেপ্টেম্বরে হবে।");
  await field(page, "নাম").first().fill("নুসরাত জাহান চৌধুরী");
  await field(page, "স্মারক নম্বর").fill("০৫.৪৪.৭৮০০.০১৬.১৮.০০২.২৫");
  await page.getByLabel("ক্রমিক নম্বর রেজিস্টার থেকে নিন (ওপরে শুধু নথির কোড লিখুন)").check();
  await field(page, "বিতরণ — প্রতি লাইনে একজন প্রাপক").fill("সিভিল সার্জন, রাজাপুর।\nউপজেলা নির্বাহী অফিসার (সকল), রাজাপুর।");

  // A wrong date: the minutes issued before the meeting; the message stands beside the date.
  const issueDate = field(page, "তারিখ");
  await issueDate.fill("2025-08-10");
  const beside = issueDate.locator("xpath=ancestor::label").locator(".msg");
  try {
    await beside.first().waitFor({ timeout: 20000 });
  } finally {
    await page.screenshot({ path: path.join(OUT, "minutes-date-message.png") });
  }
  const said = await beside.first().textContent();
  check("a wrong date gets a message beside it, in Bangla", /সভার আগের তারিখে/.test(said), said);
  let src = await waitForPreview(page, null);
  await issueDate.fill("2025-08-17");
  await page.waitForFunction(
    () => ![...document.querySelectorAll("#doc .msg")].some((m) => /সভার আগের তারিখে/.test(m.textContent)),
    null, { timeout: 20000 });
  check("… and the message goes when the date is fixed", true);
  const dual = issueDate.locator("xpath=ancestor::label").locator(".dual-date");
  await page.waitForFunction((el) => /আগস্ট/.test(el.textContent), await dual.elementHandle(), { timeout: 10000 })
    .catch(() => {});
  const dualText = await dual.textContent();
  check("the date shows its weekday and the dual date as potro prints it",
        dualText === "রবিবার, ০২ ভাদ্র ১৪৩২ বঙ্গাব্দ / ১৭ আগস্ট ২০২৫ খ্রিস্টাব্দ", dualText);

  // Attendance pasted from a spreadsheet: tab-separated cells, one row a line.
  await page.locator('input[aria-label="নাম ১"]').evaluate((el) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", "মোঃ সাইফুল ইসলাম\tঅতিরিক্ত জেলা প্রশাসক\tজেলা প্রশাসকের কার্যালয়\t০১৭১১-০০০০০১\n" +
                              "ফারহানা ইয়াসমিন\tপ্রোগ্রামার\tজেলা আইসিটি অফিস\t০১৭১১-০০০০০২\n");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  check("rows pasted from a spreadsheet fill the attendance table",
        (await page.locator('input[aria-label="পদবি ২"]').inputValue()) === "প্রোগ্রামার");

  src = await waitForPreview(page, src);
  check("the preview shows the pages", (await page.locator("#pages img").count()) >= 2);
  await field(page, "সমাপনী").fill("আর কোনো আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।");
  const t0 = Date.now();
  src = await waitForPreview(page, src);
  check("the preview follows the typing within a few seconds", Date.now() - t0 < 5000, Date.now() - t0);
  await page.screenshot({ path: path.join(OUT, "minutes-form.png") });
  await page.locator("#preview").screenshot({ path: path.join(OUT, "minutes-preview.png") });

  // ---- a draft survives a restart
  await page.getByRole("button", { name: "খসড়া সংরক্ষণ" }).click();
  await page.waitForFunction(() => /^#draft-\d+$/.test(location.hash), null, { timeout: 10000 });
  const hash = await page.evaluate(() => location.hash);
  await stopServer(proc);
  ({ proc, port } = await startServer("127.0.0.1:" + port));
  const page2 = await context.newPage();
  await page2.goto(url + hash);
  await page2.waitForFunction(() => document.querySelector("#doc input") !== null);
  await field(page2, "সভার বিষয়").waitFor();
  check("after a restart the draft opens again with what was typed",
        (await field(page2, "সভার বিষয়").inputValue()) === "জেলা ই-নথি বাস্তবায়ন কমিটির সভা" &&
        (await page2.locator("#doc .item").count()) === 2 &&
        (await page2.locator('input[aria-label="নাম ২"]').inputValue()) === "ফারহানা ইয়াসমিন");
  await page2.getByRole("button", { name: "খসড়াসমূহ" }).click();
  await page2.locator("#draft-list li").first().waitFor({ timeout: 10000 });
  const listed = await page2.locator("#draft-list").textContent();
  check("the drafts are listed with their subject and date",
        /সভার কার্যবিবরণী — জেলা ই-নথি বাস্তবায়ন কমিটির সভা/.test(listed), listed);
  await page2.getByRole("button", { name: "বন্ধ করুন" }).click();

  // ---- issue it and read the PDF
  await page2.getByRole("button", { name: "জারি করুন" }).click();
  await page2.locator("#issued .done").waitFor({ timeout: 30000 });
  const issuedText = await page2.locator("#issued").textContent();
  check("issued with a memo number from the register", /০৫\.৪৪\.৭৮০০\.০১৬\.১৮\.০০২\.২৫\.১/.test(issuedText), issuedText);
  const [download] = await Promise.all([page2.waitForEvent("download"), page2.click("#issued-pdf")]);
  const minutesPdf = path.join(OUT, "minutes.pdf");
  await download.saveAs(minutesPdf);
  const mt = pdfText(minutesPdf).replace(/\s+/g, " ");
  for (const typed of ["জেলা ই-নথি বাস্তবায়ন কমিটির সভা", "নুসরাত জাহান চৌধুরী", "চরকান্দায় বিকল্প ইন্টারনেট সংযোগ স্থাপন করতে হবে।",
                       "উপজেলা পর্যায়ে ই-নথি ব্যবহারের অগ্রগতি", "ফারহানা ইয়াসমিন", "০৫.৪৪.৭৮০০.০১৬.১৮.০০২.২৫.১"]) {
    check("the downloaded minutes hold " + typed, mt.includes(typed));
  }

  // ---- a letter from scratch
  const before = await page2.evaluate(() => Number(document.querySelector("#pages").dataset.version || 0));
  await page2.getByRole("button", { name: "নতুন দলিল" }).click();
  check("a new document clears the old pages", (await page2.locator("#pages img").count()) === 0);
  await page2.selectOption("#kind", "letter");
  await field(page2, "স্মারক নম্বর").fill("০৫.৪৪.৭৮০০.০১৬.১৮.০০২.২৫.২১৪");
  await field(page2, "তারিখ").fill("2025-07-14");
  await page2.locator("#doc").getByLabel("পদবি", { exact: true }).first().fill("বিভাগীয় কমিশনার");
  await field(page2, "দপ্তর").first().fill("বিভাগীয় কমিশনারের কার্যালয়");
  await field(page2, "বিষয়").fill("ই-নথি বিষয়ক প্রশিক্ষণের জন্য কর্মকর্তাদের মনোনয়ন প্রেরণ");
  await field(page2, "পত্রের বক্তব্য — অনুচ্ছেদের মাঝে একটি ফাঁকা লাইন").fill(
    "উপর্যুক্ত বিষয়ের প্রেক্ষিতে এ কার্যালয়ের দুইজন কর্মকর্তার মনোনয়ন পাঠানো হলো।\n\nপ্রশিক্ষণের সময়সূচি জানানোর অনুরোধ করা হলো।");
  await page2.locator("#doc fieldset", { hasText: "স্বাক্ষরকারী" }).getByLabel("নাম", { exact: true }).fill("মোঃ সাইফুল ইসলাম");
  await waitForPreview(page2, before);
  await page2.waitForFunction(() => /পাতা/.test(document.querySelector("#preview-state").textContent));
  await page2.screenshot({ path: path.join(OUT, "letter-form.png") });
  await page2.getByRole("button", { name: "জারি করুন" }).click();
  await page2.locator("#issued .done").waitFor({ timeout: 30000 });
  const [letterDownload] = await Promise.all([page2.waitForEvent("download"), page2.click("#issued-pdf")]);
  const letterPdf = path.join(OUT, "letter.pdf");
  await letterDownload.saveAs(letterPdf);
  const lt = pdfText(letterPdf).replace(/\s+/g, " ");
  for (const typed of ["ই-নথি বিষয়ক প্রশিক্ষণের জন্য কর্মকর্তাদের মনোনয়ন প্রেরণ", "বিভাগীয় কমিশনার",
                       "প্রশিক্ষণের সময়সূচি জানানোর অনুরোধ করা হলো।", "মোঃ সাইফুল ইসলাম", "০৫.৪৪.৭৮০০.০১৬.১৮.০০২.২৫.২১৪"]) {
    check("the downloaded letter holds " + typed, lt.includes(typed));
  }

  // ---- the draft as an XML file: downloaded, then opened again from it
  const [xmlDownload] = await Promise.all([page2.waitForEvent("download"),
                                           page2.getByRole("button", { name: "XML ফাইল নামান" }).click()]);
  const letterXml = path.join(OUT, "letter-draft.xml");
  await xmlDownload.saveAs(letterXml);
  const xmlText = fs.readFileSync(letterXml, "utf8");
  check("the downloaded XML is the letter", xmlText.includes("<letter") &&
        xmlText.includes("<subject>ই-নথি বিষয়ক প্রশিক্ষণের জন্য কর্মকর্তাদের মনোনয়ন প্রেরণ</subject>"));
  await page2.getByRole("button", { name: "নতুন দলিল" }).click();
  await page2.selectOption("#kind", "minutes");
  await page2.setInputFiles("#upload", letterXml);
  await page2.waitForFunction(() => document.querySelector("#kind").value === "letter", null, { timeout: 10000 });
  check("opening the XML file fills the form again",
        (await field(page2, "বিষয়").inputValue()) === "ই-নথি বিষয়ক প্রশিক্ষণের জন্য কর্মকর্তাদের মনোনয়ন প্রেরণ" &&
        (await field(page2, "পত্রের বক্তব্য — অনুচ্ছেদের মাঝে একটি ফাঁকা লাইন").inputValue()).includes("প্রশিক্ষণের সময়সূচি"));

  // ---- on a phone
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(url);
  await phone.locator("#doc input").first().waitFor();
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check("on a phone the form fits the screen's width", overflow <= 1, overflow);
  await phone.screenshot({ path: path.join(OUT, "phone.png") });

  check("no script error in the page", errors.length === 0, errors.join("; "));
  await stopServer(proc);
} catch (e) {
  failures++;
  console.log("FAIL:", e.stack || e.message);
} finally {
  if (browser) await browser.close();
  if (server && server.exitCode === null) server.kill("SIGKILL");
}
if (!failures) console.log("a clerk can fill, check, preview, save, reopen and issue documents in the form");
process.exit(failures ? 1 : 0);
