// Rasid's web UI: one page, routed by the address's hash, reading the JSON API under /api/v1.
// Every text from the store is put in with textContent, never as HTML: articles are untrusted input.
"use strict";

const view = document.getElementById("view");
const api = (path) => fetch("/api/v1" + path, { headers: { Accept: "application/json" } }).then(async (response) => {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error((body && (body.detail || body.title)) || `HTTP ${response.status}`);
  }
  return body;
});

/** Makes an element: el("a", { href: "#/" }, "نص", child…). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const STATUS = { conflict: "متعارض", revised: "معدَّل", agreed: "متفق" };
const KINDS = { person: "شخص", organization: "مؤسسة", product: "منتج", place: "مكان", other: "أخرى" };
const STORY_KINDS = { duplicate: "نسخ مطابقة", "near-duplicate": "نسخ متقاربة", rewrite: "إعادة صياغة", "same-event": "حدث واحد" };
const METRICS = {
  deaths: "عدد القتلى", injuries: "عدد الجرحى", arrests: "عدد الموقوفين", age: "العمر", price: "السعر", growth: "النمو", decline: "التراجع",
  inflation: "التضخم", unemployment: "البطالة", profit: "الأرباح", quarterly_profit: "الأرباح الفصلية", revenue: "الإيرادات", annual_revenue: "الإيرادات السنوية",
  sales: "المبيعات", annual_sales: "المبيعات السنوية", investment: "الاستثمار", valuation: "التقييم", market_value: "القيمة السوقية", market_value_lost: "القيمة السوقية المفقودة",
  stake: "الحصة", share_price_change: "تغير سعر السهم", net_worth: "الثروة", budget: "الميزانية", debt: "الدين", capital_expenditure: "النفقات الرأسمالية",
  capital_expenditure_guidance: "توجيهات الإنفاق الرأسمالي", operating_expenses_increase: "زيادة النفقات التشغيلية", infrastructure_spending: "الإنفاق على البنية التحتية",
  active_users: "المستخدمون النشطون", gpus: "وحدات معالجة الرسوميات", data_center_power: "قدرة مراكز البيانات", training_cost: "كلفة التدريب", oil_production: "إنتاج النفط",
};
const UNITS = { USD: "دولار", SAR: "ريال", EUR: "يورو", EGP: "جنيه", GBP: "جنيه إسترليني", AED: "درهم", "%": "٪", person: "شخص", year: "عاماً" };
const numberFormat = new Intl.NumberFormat("ar", { maximumFractionDigits: 2 });

/** A value as a reader writes it: 600 مليار دولار، 14.8 مليار دولار، 12٪. */
function amount(value, max, unit) {
  const scaled = (x) => {
    const abs = Math.abs(x);
    if (abs >= 1e9) return numberFormat.format(x / 1e9) + " مليار";
    if (abs >= 1e6) return numberFormat.format(x / 1e6) + " مليون";
    return numberFormat.format(x);
  };
  const text = max === null || max === undefined ? scaled(value) : `${scaled(value)}–${scaled(max)}`;
  const name = UNITS[unit] ?? unit;
  return unit === "%" ? text + name : `${text} ${name}`;
}

const day = (iso) => (iso ? new Date(iso).toLocaleDateString("ar", { year: "numeric", month: "long", day: "numeric", numberingSystem: "latn" }) : "—");
const articleLink = (id, text) => el("a", { href: `#/article/${encodeURIComponent(id)}` }, text || id);
const entityLink = (name) => el("a", { href: `#/entity/${encodeURIComponent(name)}` }, el("bdi", {}, name));
const problem = (error) => el("p", { class: "error", role: "alert" }, error.message);

function show(...nodes) {
  view.replaceChildren(...nodes);
  window.scrollTo(0, 0);
}

async function searchPage(params) {
  const q = params.get("q") || "";
  document.getElementById("q").value = q;
  if (!q.trim()) {
    const stats = await api("/stats");
    show(el("h1", {}, "ابحث في الأخبار العربية"),
      el("p", {}, `في المخزن ${numberFormat.format(stats.articles)} مقالاً من ${numberFormat.format(stats.outlets)} منفذ. اكتب اسماً أو كلمة بأي تهجئة (زوكربيرغ، زوكربيرج، Zuckerberg).`));
    return;
  }
  const page = Math.max(0, parseInt(params.get("page") || "0", 10) || 0);
  const limit = 10;
  const result = await api(`/search?q=${encodeURIComponent(q)}&limit=${limit}&offset=${page * limit}`);
  const hits = result.hits.map((hit) => el("article", { class: "card hit" },
    el("h2", {}, articleLink(hit.id, hit.title || hit.source)),
    el("div", { class: "meta" }, [hit.outlet, day(hit.published), el("bdi", { class: "ltr" }, hit.source)].filter(Boolean).flatMap((x, i) => (i ? [" · ", x] : [x]))),
    el("p", { class: "snippet" }, hit.snippet.map((part) => (part.match ? el("mark", {}, part.text) : part.text)))));
  const pager = el("div", { class: "pager" },
    page > 0 ? el("a", { href: `#/search?q=${encodeURIComponent(q)}&page=${page - 1}` }, "→ السابق") : null,
    el("span", { class: "meta" }, `الصفحة ${numberFormat.format(page + 1)}`),
    result.hits.length === limit ? el("a", { href: `#/search?q=${encodeURIComponent(q)}&page=${page + 1}` }, "التالي ←") : null);
  show(el("h1", {}, "نتائج البحث: ", el("bdi", {}, q)),
    result.note ? el("p", { class: "note" }, result.note) : null,
    hits.length ? hits : el("p", {}, "لا مقالات تطابق البحث."),
    pager);
}

async function articlePage(id) {
  const a = await api(`/articles/${encodeURIComponent(id)}`);
  const text = el("div", { class: "article-text", lang: "ar" });
  let at = 0;
  for (const mark of a.marks) {
    if (mark.start < at) continue;
    text.append(a.text.slice(at, mark.start));
    text.append(el("span", { class: `m-${mark.kind}`, title: { entity: "كيان", figure: "رقم", date: "تاريخ" }[mark.kind] }, a.text.slice(mark.start, mark.end)));
    at = mark.end;
  }
  text.append(a.text.slice(at));
  const figures = el("table", {}, el("tr", {}, el("th", {}, "الرقم"), el("th", {}, "المقياس"), el("th", {}, "الجهة")),
    a.figures.map((f) => el("tr", {}, el("td", {}, el("bdi", {}, f.surface)), el("td", {}, METRICS[f.metric] || f.metric || "—"), el("td", {}, f.subject ? entityLink(f.subject) : "—"))));
  const entities = [...new Map(a.entities.map((m) => [m.name, m])).values()];
  show(el("h1", {}, a.title || a.source),
    el("p", { class: "meta" }, [a.outlet, day(a.published), a.authors.length ? "بقلم " + a.authors.join("، ") : null, a.via.length ? "نقلاً عن " + a.via.join(" ← ") : null, a.ai_disclosure ? "يفصح عن محتوى مولَّد بالذكاء الاصطناعي" : null].filter(Boolean).join(" · ")),
    el("div", { class: "layout" },
      el("section", { class: "card" }, el("p", { class: "legend meta" }, el("span", { class: "m-entity" }, "كيان"), el("span", { class: "m-figure" }, "رقم"), el("span", { class: "m-date" }, "تاريخ")), text),
      el("aside", {},
        el("h2", {}, "الكيانات"), el("ul", {}, entities.map((m) => el("li", {}, entityLink(m.name), el("span", { class: "meta" }, " (" + (KINDS[m.kind] || m.kind) + ")")))),
        el("h2", {}, "الأرقام"), a.figures.length ? figures : el("p", { class: "meta" }, "لا أرقام."),
        a.quotes.length ? [el("h2", {}, "الاقتباسات"), el("ul", {}, a.quotes.map((q) => el("li", {}, `«${q.text}»`, q.speaker ? el("span", { class: "meta" }, " — " + q.speaker) : null)))] : null,
        a.removed.length ? [el("h2", {}, "ما أزيل من الصفحة"), el("ul", {}, a.removed.map((r) => el("li", {}, r.text.slice(0, 120), el("span", { class: "meta" }, ` (${r.reason})`))))] : null)));
}

async function entityPage(name) {
  const t = await api(`/entities/${encodeURIComponent(name)}`);
  const e = t.entity;
  show(el("h1", {}, el("bdi", {}, e.name), el("span", { class: "meta" }, ` (${KINDS[e.kind] || e.kind})`)),
    el("p", { class: "meta" }, `${numberFormat.format(e.mentions)} ذكر في ${numberFormat.format(e.articles)} مقال`),
    e.aliases.length ? el("p", {}, "يُكتب أيضاً: ", e.aliases.map((alias, i) => [i ? "، " : "", el("bdi", {}, alias)])) : null,
    el("h2", {}, "الخط الزمني"),
    el("table", { class: "timeline" }, el("tr", {}, el("th", {}, "التاريخ"), el("th", {}, "ما ورد"), el("th", {}, "الجملة"), el("th", {}, "المقال")),
      t.timeline.map((entry) => el("tr", {},
        el("td", {}, day(entry.date)),
        el("td", {}, entry.value !== null && entry.value !== undefined ? [amount(entry.value, entry.max, entry.unit), el("div", { class: "meta" }, METRICS[entry.metric] || entry.metric || "")] : "ذُكر"),
        el("td", {}, entry.sentence),
        el("td", {}, articleLink(entry.article, "اقرأ"))))));
}

async function entitiesPage(params) {
  const kind = params.get("kind");
  const list = await api("/entities?limit=200" + (kind ? `&kind=${encodeURIComponent(kind)}` : ""));
  show(el("h1", {}, "الكيانات"),
    el("p", { class: "filters" }, el("a", { href: "#/entities", class: kind ? null : "active" }, "الكل"), Object.entries(KINDS).map(([k, label]) => el("a", { href: `#/entities?kind=${k}`, class: kind === k ? "active" : null }, label))),
    el("table", {}, el("tr", {}, el("th", {}, "الكيان"), el("th", {}, "النوع"), el("th", {}, "الذكر"), el("th", {}, "المقالات"), el("th", {}, "يُكتب أيضاً")),
      list.map((e) => el("tr", {}, el("td", {}, entityLink(e.name)), el("td", {}, KINDS[e.kind] || e.kind), el("td", {}, numberFormat.format(e.mentions)), el("td", {}, numberFormat.format(e.articles)), el("td", {}, e.aliases.slice(0, 6).join("، "))))));
}

const storyCard = (s) => el("article", { class: "card story" },
  el("h2", {}, el("a", { href: `#/story/${encodeURIComponent(s.id)}` }, s.articles[0]?.title || s.id)),
  el("p", { class: "meta" }, `${STORY_KINDS[s.kind] || s.kind} · ${numberFormat.format(s.size)} مقالات · ${s.outlets.join("، ") || "—"} · ${day(s.first)} – ${day(s.last)}`));

async function storiesPage(params) {
  const kind = params.get("kind");
  const answer = await api("/stories?limit=100" + (kind ? `&kind=${encodeURIComponent(kind)}` : ""));
  show(el("h1", {}, "القصص"),
    el("p", { class: "filters" }, el("a", { href: "#/stories", class: kind ? null : "active" }, "الكل"), Object.entries(STORY_KINDS).map(([k, label]) => el("a", { href: `#/stories?kind=${k}`, class: kind === k ? "active" : null }, label))),
    el("p", { class: "meta" }, `${numberFormat.format(answer.stories.length)} من ${numberFormat.format(answer.total)} قصة، الأكبر أولاً`),
    answer.stories.map(storyCard));
}

async function storyPage(id) {
  const detail = await api(`/stories/${encodeURIComponent(id)}`);
  const s = detail.story;
  show(el("h1", {}, s.articles[0]?.title || s.id),
    el("p", { class: "meta" }, `${STORY_KINDS[s.kind] || s.kind} · ${numberFormat.format(s.size)} مقالات · ${day(s.first)} – ${day(s.last)}`),
    el("table", {}, el("tr", {}, el("th", {}, "المقال"), el("th", {}, "المنفذ"), el("th", {}, "التاريخ")),
      s.articles.map((a) => el("tr", {}, el("td", {}, articleLink(a.id, a.title || a.source)), el("td", {}, a.outlet || "—"), el("td", {}, day(a.published))))),
    el("h2", {}, "الروابط بين المقالات"),
    el("ul", {}, detail.links.map((l) => el("li", {}, `${STORY_KINDS[l.kind] || l.kind}: `, articleLink(l.first), " ↔ ", articleLink(l.second),
      el("span", { class: "meta" }, l.entities.length || l.figures.length ? " — " + [...l.entities, ...l.figures].slice(0, 6).join("، ") : "")))));
}

async function claimsPage(params) {
  const status = params.get("status");
  const entity = params.get("entity");
  const query = new URLSearchParams();
  if (status) query.set("status", status);
  if (entity) query.set("entity", entity);
  const answer = await api("/claims?" + query.toString());
  const claims = answer.claims.map((c) => el("article", { class: `card claim claim-${c.status}` },
    el("h2", {}, el("span", { class: `status status-${c.status}` }, STATUS[c.status] || c.status), " ", c.subject ? entityLink(c.subject) : "الحدث", " — ", METRICS[c.metric] || c.metric, c.period ? ` (${c.period})` : ""),
    el("div", { class: "values" }, c.values.map((v) => el("div", { class: "value" },
      el("div", { class: "number" }, amount(v.value, v.max, v.unit)),
      el("div", { class: "meta" }, [v.outlet, day(v.published)].filter(Boolean).join(" · ")),
      el("p", {}, v.sentence.length > 240 ? v.sentence.slice(0, 240) + "…" : v.sentence),
      articleLink(v.article, "المقال"))))));
  show(el("h1", {}, "الادعاءات عبر المصادر"),
    el("p", { class: "filters" }, el("a", { href: "#/claims", class: status ? null : "active" }, "الكل"), Object.entries(STATUS).map(([k, label]) => el("a", { href: `#/claims?status=${k}`, class: status === k ? "active" : null }, label))),
    el("p", { class: "meta" }, `${numberFormat.format(answer.conflicting)} متعارض، ${numberFormat.format(answer.revised)} معدَّل، ${numberFormat.format(answer.agreed)} متفق من ${numberFormat.format(answer.total)}`),
    claims.length ? claims : el("p", {}, "لا ادعاءات."));
}

async function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, queryString] = hash.split("?");
  const params = new URLSearchParams(queryString || "");
  const [, section, ...rest] = path.split("/");
  const argument = decodeURIComponent(rest.join("/"));
  for (const link of document.querySelectorAll("nav a")) link.classList.toggle("active", link.getAttribute("href") === "#/" + section);
  show(el("p", { class: "meta" }, "جارٍ التحميل…"));
  try {
    if (section === "article") await articlePage(argument);
    else if (section === "entity") await entityPage(argument);
    else if (section === "entities") await entitiesPage(params);
    else if (section === "stories") await storiesPage(params);
    else if (section === "story") await storyPage(argument);
    else if (section === "claims") await claimsPage(params);
    else await searchPage(params);
  } catch (error) {
    show(problem(error));
  }
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("q").value.trim();
  location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener("hashchange", route);
api("/stats").then((s) => { document.getElementById("stats").textContent = `راصد · ${numberFormat.format(s.articles)} مقالاً في المخزن`; }).catch(() => {});
route();
