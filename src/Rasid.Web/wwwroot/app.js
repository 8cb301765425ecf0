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
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const STATUS = { conflict: "متعارضة", revised: "معدّلة", agreed: "متفقة" };
const KINDS = { person: "شخص", organization: "مؤسسة", product: "منتج", place: "مكان", other: "أخرى" };
const STORY_KINDS = { duplicate: "نسخ مطابقة", "near-duplicate": "نسخ متقاربة", rewrite: "إعادة صياغة", "same-event": "حدث واحد" };
const numberFormat = new Intl.NumberFormat("ar", { maximumFractionDigits: 2 });

// Gregorian dates with Arabic month names (23 أبريل 2025), never the Hijri calendar some Arabic locales default to.
const dateFormat = new Intl.DateTimeFormat("ar", { calendar: "gregory", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const day = (iso) => (iso ? dateFormat.format(new Date(iso.length === 10 ? iso + "T00:00:00Z" : iso.length === 16 ? iso + ":00Z" : iso)) : "—");
const fileName = (source) => source.split(/[\\/]/).filter(Boolean).pop() || source;
const articleLink = (id, text) => el("a", { href: `#/article/${encodeURIComponent(id)}` }, text || id);
const entityLink = (name) => el("a", { href: `#/entity/${encodeURIComponent(name)}` }, el("bdi", {}, name));
const problem = (error) => el("p", { class: "error", role: "alert" }, error.message);

function show(...nodes) {
  view.replaceChildren(...nodes.flat(Infinity).filter((node) => node !== null && node !== undefined && node !== false));
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
  const facets = ["outlet", "from", "to", "entity", "conflicts"];
  const query = new URLSearchParams({ q, limit: String(limit), offset: String(page * limit) });
  for (const name of facets) if (params.get(name)) query.set(name, params.get(name));
  const result = await api("/search?" + query.toString());
  const pageLink = (n) => {
    const next = new URLSearchParams(params);
    next.set("page", String(n));
    return "#/search?" + next.toString();
  };
  const hits = result.hits.map((hit) => el("article", { class: "card hit" },
    el("h2", {}, articleLink(hit.id, hit.title || fileName(hit.source))),
    el("div", { class: "meta" }, [hit.outlet, hit.published ? day(hit.published) : null, el("bdi", {}, fileName(hit.source))].filter(Boolean).flatMap((x, i) => (i ? [" · ", x] : [x]))),
    el("p", { class: "snippet" }, hit.snippet.map((part) => (part.match ? el("mark", {}, part.text) : part.text)))));
  const facetForm = el("form", { class: "card facets", id: "facets", "aria-label": "تضييق النتائج" },
    el("h2", {}, "تضييق النتائج"),
    el("label", {}, "المنفذ ", el("select", { name: "outlet" }, el("option", { value: "" }, "كل المنافذ"),
      result.outlets.map((o) => el("option", { value: o.outlet, selected: params.get("outlet") === o.outlet }, `${o.outlet} (${numberFormat.format(o.hits)})`)))),
    el("label", {}, "من ", el("input", { type: "date", name: "from", value: params.get("from") || "" })),
    el("label", {}, "إلى ", el("input", { type: "date", name: "to", value: params.get("to") || "" })),
    el("label", {}, "يذكر ", el("input", { type: "text", name: "entity", value: params.get("entity") || "", placeholder: "اسم كيان" })),
    el("label", {}, el("input", { type: "checkbox", name: "conflicts", value: "true", checked: params.get("conflicts") === "true" }), " فيه أرقام متعارضة"),
    el("button", { type: "submit" }, "طبّق"));
  facetForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams({ q });
    for (const [name, value] of new FormData(facetForm)) if (value) next.set(name, value);
    location.hash = "#/search?" + next.toString();
  });
  const pager = el("nav", { class: "pager", "aria-label": "الصفحات" },
    page > 0 ? el("a", { href: pageLink(page - 1) }, "→ السابق") : null,
    el("span", { class: "meta" }, `الصفحة ${numberFormat.format(page + 1)} من ${numberFormat.format(Math.max(1, Math.ceil(result.total / limit)))}`),
    (page + 1) * limit < result.total ? el("a", { href: pageLink(page + 1) }, "التالي ←") : null);
  show(el("h1", {}, "نتائج البحث: ", el("bdi", {}, q)),
    el("p", { class: "meta" }, `${numberFormat.format(result.total)} نتيجة`),
    result.note ? el("p", { class: "note" }, result.note) : null,
    result.also_matched.length ? el("p", { class: "meta also" }, "شمل البحث أيضاً: ", result.also_matched.map((a, i) => [i ? "؛ " : "", el("bdi", {}, a.surface), " ← ",
      a.spellings.map((s, j) => [j ? "، " : "", el("bdi", {}, s)])])) : null,
    el("div", { class: "layout" },
      el("section", {}, hits.length ? hits : el("p", {}, "لا مقالات تطابق البحث."), pager),
      el("aside", {}, facetForm)));
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
    a.figures.map((f) => el("tr", {}, el("td", {}, el("bdi", {}, f.surface)), el("td", {}, f.metric_label || "—"), el("td", {}, f.subject ? entityLink(f.subject) : "—"))));
  const entities = [...new Map(a.entities.map((m) => [m.name, m])).values()];
  show(el("h1", {}, a.title || el("bdi", {}, fileName(a.source))),
    el("p", { class: "meta" }, [a.outlet, day(a.published), a.authors.length ? "بقلم " + a.authors.join("، ") : null, a.via.length ? "نقلاً عن " + a.via.join(" ← ") : null, a.ai_disclosure ? "يفصح عن محتوى مولَّد بالذكاء الاصطناعي" : null].filter(Boolean).join(" · ")),
    el("div", { class: "layout" },
      el("section", { class: "card" }, el("p", { class: "legend meta" }, el("span", { class: "m-entity" }, "كيان"), el("span", { class: "m-figure" }, "رقم"), el("span", { class: "m-date" }, "تاريخ")), text),
      el("aside", {},
        el("h2", {}, "الكيانات"), el("ul", {}, entities.map((m) => el("li", {}, entityLink(m.name), el("span", { class: "meta" }, " (" + (KINDS[m.kind] || m.kind) + ")")))),
        el("h2", {}, "الأرقام"), a.figures.length ? figures : el("p", { class: "meta" }, "لا أرقام."),
        a.quotes.length ? [el("h2", {}, "الاقتباسات"), el("ul", {}, a.quotes.map((q) => el("li", {}, `«${q.text}»`, q.speaker ? el("span", { class: "meta" }, " — " + q.speaker) : null)))] : null,
        a.removed.length ? el("details", { class: "removed" }, el("summary", {}, `ما أزيل من الصفحة (${numberFormat.format(a.removed.length)})`),
          el("ul", {}, a.removed.map((r) => el("li", {}, r.text.length > 160 ? r.text.slice(0, 160) + "…" : r.text, el("span", { class: "meta" }, ` (${r.reason})`))))) : null)));
}

async function entityPage(name) {
  const t = await api(`/entities/${encodeURIComponent(name)}`);
  const e = t.entity;
  show(el("h1", {}, el("bdi", {}, e.name), el("span", { class: "meta" }, ` (${KINDS[e.kind] || e.kind})`)),
    el("p", { class: "meta" }, `${numberFormat.format(e.mentions)} ذكر في ${numberFormat.format(e.articles)} مقال`),
    e.aliases.length ? el("p", {}, "يُكتب أيضاً: ", e.aliases.map((alias, i) => [i ? "، " : "", el("bdi", {}, alias)])) : null,
    chart(t.timeline),
    el("h2", {}, "الخط الزمني"),
    el("table", { class: "timeline" }, el("tr", {}, el("th", {}, "التاريخ"), el("th", {}, "ما ورد"), el("th", {}, "الجملة"), el("th", {}, "المقال")),
      t.timeline.map((entry) => el("tr", {},
        el("td", {}, day(entry.date)),
        el("td", {}, entry.value !== null && entry.value !== undefined ? [entry.value_text, el("div", { class: "meta" }, entry.metric_label || "")] : "ذُكر"),
        el("td", {}, entry.sentence),
        el("td", {}, articleLink(entry.article, "اقرأ"))))));
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

/**
 * The entity's figures over time, for its most reported metric and unit: a dot per dated value, joined in time.
 * Time runs right to left, as the page reads (the earliest on the right); drawn here as SVG, no library needed for
 * one series of points.
 */
function chart(timeline) {
  const figures = timeline.filter((e) => e.value !== null && e.value !== undefined && e.metric && /^\d{4}-\d{2}-\d{2}/.test(e.date));
  if (figures.length < 2) return null;
  const groups = new Map();
  for (const f of figures) {
    const key = f.metric + "|" + f.unit;
    groups.set(key, [...(groups.get(key) || []), f]);
  }
  const series = [...groups.values()].sort((x, y) => y.length - x.length)[0];
  if (series.length < 2) return null;
  const points = series.map((f) => ({ t: Date.parse(f.date.slice(0, 10)), v: f.value, f })).sort((x, y) => x.t - y.t);
  const [width, height, pad] = [640, 240, 48];
  const t0 = points[0].t, t1 = points[points.length - 1].t || t0 + 1;
  const v0 = Math.min(0, ...points.map((p) => p.v)), v1 = Math.max(...points.map((p) => p.v)) || 1;
  const x = (t) => width - pad - ((t - t0) / Math.max(1, t1 - t0)) * (width - 2 * pad);
  const y = (v) => height - pad - ((v - v0) / Math.max(1e-9, v1 - v0)) * (height - 2 * pad);
  const first = series[0];
  return el("figure", { class: "card chart" },
    el("figcaption", {}, `${first.metric_label || first.metric} عبر الزمن`),
    svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `${first.metric_label || first.metric}: ${points.length} قيمة`, width: "100%" },
      svg("line", { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, stroke: "#8c959f" }),
      svg("polyline", { points: points.map((p) => `${x(p.t)},${y(p.v)}`).join(" "), fill: "none", stroke: "#0b6e4f", "stroke-width": 2 }),
      points.map((p) => svg("circle", { cx: x(p.t), cy: y(p.v), r: 4, fill: "#0b6e4f" }, svg("title", {}, `${day(p.f.date)}: ${p.f.value_text}`))),
      svg("text", { x: width - pad, y: height - pad + 20, "text-anchor": "start", "font-size": 12 }, day(series.map((f) => f.date).sort()[0])),
      svg("text", { x: pad, y: height - pad + 20, "text-anchor": "end", "font-size": 12 }, day(series.map((f) => f.date).sort().pop())),
      svg("text", { x: width - pad + 6, y: y(v1) + 4, "text-anchor": "start", "font-size": 12 }, points.reduce((top, p) => (p.v > top.v ? p : top)).f.value_text)));
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
  el("h2", {}, el("a", { href: `#/story/${encodeURIComponent(s.id)}` }, s.articles[0]?.title || el("bdi", {}, fileName(s.articles[0]?.source || s.id)))),
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
  show(el("h1", {}, s.articles[0]?.title || el("bdi", {}, fileName(s.articles[0]?.source || s.id))),
    el("p", { class: "meta" }, `${STORY_KINDS[s.kind] || s.kind} · ${numberFormat.format(s.size)} مقالات · ${day(s.first)} – ${day(s.last)}`),
    el("table", {}, el("tr", {}, el("th", {}, "المقال"), el("th", {}, "المنفذ"), el("th", {}, "التاريخ")),
      s.articles.map((a) => el("tr", {}, el("td", {}, articleLink(a.id, a.title || fileName(a.source))), el("td", {}, a.outlet || "—"), el("td", {}, day(a.published))))),
    detail.claims.length ? [el("h2", {}, "الأرقام المقارنة في القصة"), detail.claims.map(claimCard)] : null,
    el("h2", {}, "الروابط بين المقالات"),
    el("ul", {}, detail.links.map((l) => el("li", {}, `${STORY_KINDS[l.kind] || l.kind}: `, articleLink(l.first), " ↔ ", articleLink(l.second),
      el("span", { class: "meta" }, l.entities.length || l.figures.length ? " — " + [...l.entities, ...l.figures].slice(0, 6).join("، ") : "")))));
}

/** The sentence around a value, shortened around it, with the value marked. */
function excerpt(sentence, surface) {
  const at = sentence.indexOf(surface);
  if (at < 0) return sentence.length > 240 ? sentence.slice(0, 240) + "…" : sentence;
  const start = Math.max(0, at - 110), end = Math.min(sentence.length, at + surface.length + 110);
  return [start > 0 ? "…" : "", sentence.slice(start, at), el("mark", {}, surface), sentence.slice(at + surface.length, end), end < sentence.length ? "…" : ""];
}

const claimCard = (c) => el("article", { class: `card claim claim-${c.status}` },
  el("h2", {}, el("span", { class: `status status-${c.status}` }, c.status_label), " ", c.subject ? entityLink(c.subject) : "الحدث", " — ", c.metric_label, c.period ? ` (${c.period})` : ""),
  el("div", { class: "values" }, c.values.map((v) => el("div", { class: "value" },
    el("div", { class: "number" }, v.value_text),
    el("div", { class: "meta" }, [v.outlet || fileName(v.source), v.published ? day(v.published) : null].filter(Boolean).join(" · ")),
    el("p", {}, excerpt(v.sentence, v.surface)),
    articleLink(v.article, "المقال")))));

async function claimsPage(params) {
  const status = params.get("status");
  const entity = params.get("entity");
  const query = new URLSearchParams();
  if (status) query.set("status", status);
  if (entity) query.set("entity", entity);
  const answer = await api("/claims?" + query.toString());
  show(el("h1", {}, "الادعاءات عبر المصادر"),
    el("p", { class: "filters" }, el("a", { href: "#/claims", class: status ? null : "active" }, "الكل"), Object.entries(STATUS).map(([k, label]) => el("a", { href: `#/claims?status=${k}`, class: status === k ? "active" : null }, label))),
    el("p", { class: "meta" }, `${numberFormat.format(answer.conflicting)} متعارض، ${numberFormat.format(answer.revised)} معدَّل، ${numberFormat.format(answer.agreed)} متفق من ${numberFormat.format(answer.total)}`),
    answer.claims.length ? answer.claims.map(claimCard) : el("p", {}, "لا ادعاءات."));
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
