// The CreatorPulse sandbox page: a local Discord client in plain JavaScript (no build step).
// It shows what the emulator holds, sends what a member does as real interactions, and
// redraws when the server pushes a change over the websocket.
"use strict";

const S = {
  state: null, me: null, channel: null, messages: new Map(), dismissed: new Set(),
  entries: [], clock: { now: 0, at: 0, flowing: false }, unread: new Set(),
  popup: [], popupIndex: 0, popupKind: null, acTimer: null, acSeq: 0,
};
const $ = (sel) => document.querySelector(sel);
// The page's token (written into it by the server): the sandbox does nothing without it.
const TOKEN = document.querySelector('meta[name="sandbox-token"]').content;
const api = (url, init = {}) => fetch(url, { ...init, headers: { ...(init.headers || {}), "X-Sandbox-Token": TOKEN } });
const ADMINISTRATOR = 1n << 3n;
const OPTION_TYPES = { 3: "text", 4: "whole number", 5: "true/false", 6: "member", 7: "channel", 8: "role", 9: "member or role", 10: "number", 11: "file" };
const EVENT_STATUS = { 1: "Scheduled", 2: "Live now", 3: "Ended", 4: "Cancelled" };

// -- start -----------------------------------------------------------------------------

async function boot() {
  S.state = await (await api("/api/state")).json();
  for (const m of S.state.messages) S.messages.set(m.id, m);
  setClock(S.state.clock);
  $("#guild-name").textContent = S.state.guild.name;
  const select = $("#member");
  for (const m of S.state.members) {
    const opt = document.createElement("option");
    opt.value = m.id; opt.textContent = `${m.name} (${m.role})`;
    select.append(opt);
  }
  select.addEventListener("change", () => switchMember(select.value));
  S.channel = S.state.channels[0].id;
  switchMember(S.state.members[0].id);
  $("#composer").addEventListener("input", onComposerInput);
  $("#composer").addEventListener("keydown", onComposerKey);
  $("#composer").addEventListener("click", onComposerInput);
  $("#plus-hour").addEventListener("click", () => advance("hour"));
  $("#plus-day").addEventListener("click", () => advance("day"));
  $("#next-due").addEventListener("click", () => advance("next"));
  $("#messages").addEventListener("click", (ev) => {
    const a = ev.target.closest("a.jump");
    if (a) { ev.preventDefault(); jump(a); }
  });
  connect();
  setInterval(renderClock, 1000);
  document.body.dataset.ready = "1";
}

function connect() {
  const ws = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/api/ws?token=${encodeURIComponent(TOKEN)}`);
  ws.onmessage = (ev) => onPush(JSON.parse(ev.data));
  ws.onopen = () => { document.body.dataset.live = "1"; };
  ws.onclose = () => { document.body.dataset.live = "0"; setTimeout(connect, 1000); };
}

function onPush(data) {
  if (data.type === "message") {
    const known = S.messages.has(data.message.id);
    S.messages.set(data.message.id, data.message);
    if (!isChannelKnown(data.message.channel_id)) refreshDms();
    if (data.message.channel_id === S.channel) renderMessages(!known);
    else if (!known && visibleTo(data.message)) { S.unread.add(data.message.channel_id); renderSidebar(); }
  } else if (data.type === "delete") {
    S.messages.delete(data.id);
    if (data.channel_id === S.channel) renderMessages(false);
  } else if (data.type === "events") {
    S.state.events = data.events; renderEvents();
  } else if (data.type === "notice") {
    notice(data.text, data.kind);
  } else if (data.type === "clock") {
    setClock(data); renderMessages(false); renderEvents();
  }
}

async function refreshDms() {
  const fresh = await (await api("/api/state")).json();
  S.state.dms = fresh.dms; S.state.commands = fresh.commands;
  renderSidebar();
}

function isChannelKnown(id) {
  return S.state.channels.some((c) => c.id === id) || Object.values(S.state.dms).includes(id);
}

// -- who is looking ----------------------------------------------------------------------

function switchMember(id) {
  S.me = S.state.members.find((m) => m.id === id);
  $("#member").value = id;
  $("#me-detail").textContent = `${S.me.zone} · ${S.me.locale}`;
  document.documentElement.lang = S.me.locale;
  if (!S.state.channels.some((c) => c.id === S.channel)) S.channel = S.state.channels[0].id;
  buildEntries();
  renderSidebar(); renderMessages(true); renderEvents(); renderClock(); hidePopup();
}

function intlLocale() {
  return { no: "nb-NO" }[S.me.locale] || S.me.locale;
}

function myDm() { return S.state.dms[S.me.id] || null; }

function visibleTo(msg) {
  if (msg.viewer && msg.viewer !== S.me.id) return false;
  const dmOwner = Object.entries(S.state.dms).find(([, c]) => c === msg.channel_id);
  return !dmOwner || dmOwner[0] === S.me.id;
}

// -- sidebar, events, clock --------------------------------------------------------------

function renderSidebar() {
  const list = $("#channels"); list.replaceChildren();
  for (const c of S.state.channels) list.append(channelItem(c.id, `# ${c.name}`));
  const dms = $("#dms"); dms.replaceChildren();
  dms.append(channelItem(myDm() || "dm", S.state.bot.name));
  const current = S.state.channels.find((c) => c.id === S.channel);
  $("#channel-title").textContent = current ? `# ${current.name}` : `@ ${S.state.bot.name}`;
  $("#composer").placeholder = current ? `Message #${current.name} — type / to use a command` : `Message @${S.state.bot.name}`;
}

function channelItem(id, label) {
  const li = document.createElement("li");
  li.textContent = label; li.dataset.channel = id;
  if (id === S.channel) li.classList.add("active");
  if (S.unread.has(id)) li.classList.add("unread");
  li.addEventListener("click", () => { S.channel = id; S.unread.delete(id); renderSidebar(); renderMessages(true); });
  return li;
}

function setClock(view) { S.clock = { now: view.now, at: performance.now(), flowing: view.flowing }; }

function clockNow() {
  return S.clock.now + (S.clock.flowing ? (performance.now() - S.clock.at) / 1000 : 0);
}

function renderClock() {
  if (!S.me) return;
  $("#clock").textContent = formatTime(clockNow(), "F");
}

async function advance(step) {
  const res = await api("/api/clock", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ step }) });
  const view = await res.json();
  setClock(view); renderClock(); renderMessages(false);
  if (view.reached && view.reached.length) notice(`${formatTime(view.now, "F")}: ${view.reached.join("; ")}`, "info");
}

function renderEvents() {
  const list = $("#events"); list.replaceChildren();
  const events = [...S.state.events].sort((a, b) => a.scheduled_start_time.localeCompare(b.scheduled_start_time));
  if (!events.length) { const li = document.createElement("li"); li.textContent = "No events yet."; list.append(li); }
  for (const e of events) {
    const li = document.createElement("li"); li.className = "event"; li.dataset.event = e.id;
    const start = Date.parse(e.scheduled_start_time) / 1000;
    const end = e.scheduled_end_time ? Date.parse(e.scheduled_end_time) / 1000 : null;
    const where = (e.entity_metadata || {}).location || channelName(e.channel_id);
    li.innerHTML = `<div class="ev-status s${e.status}">${EVENT_STATUS[e.status] || e.status}</div>
      <div class="ev-name"></div><div class="ev-when"></div><div class="ev-where"></div>`;
    li.querySelector(".ev-name").textContent = e.name;
    li.querySelector(".ev-when").textContent = formatTime(start, "F") + (end ? ` – ${formatTime(end, "t")}` : "");
    li.querySelector(".ev-where").textContent = `📍 ${where}`;
    list.append(li);
  }
}

// -- messages ----------------------------------------------------------------------------

function renderMessages(scroll) {
  const box = $("#messages");
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  box.replaceChildren();
  const shown = [...S.messages.values()]
    .filter((m) => m.channel_id === S.channel && visibleTo(m) && !S.dismissed.has(m.id))
    .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  for (const m of shown) box.append(renderMessage(m));
  if (scroll || atBottom) box.scrollTop = box.scrollHeight;
}

function renderMessage(m) {
  const el = document.createElement("div");
  el.className = "msg"; el.dataset.id = m.id;
  const ephemeral = (m.flags & 64) !== 0;
  if (ephemeral) el.classList.add("ephemeral");
  const who = m.interaction_metadata ? memberName(m.interaction_metadata.user.id) : null;
  el.innerHTML = `${who ? `<div class="used"></div>` : ""}<div class="avatar">CP</div>
    <div><span class="author"></span><span class="tag">BOT</span><span class="time"></span></div>`;
  if (who) el.querySelector(".used").textContent = `${who} used ${m.command ? "/" + m.command : "a command"}`;
  el.querySelector(".author").textContent = m.author.global_name || m.author.username;
  el.querySelector(".time").textContent = formatTime(Date.parse(m.timestamp) / 1000, "f");
  if (m.flags & 128) {
    const t = document.createElement("div"); t.className = "thinking";
    t.textContent = `${S.state.bot.name} is thinking…`; el.append(t);
  }
  if (m.content) {
    const c = document.createElement("div"); c.className = "content";
    c.innerHTML = markdown(m.content);
    if (m.edited_timestamp) c.insertAdjacentHTML("beforeend", '<span class="edited">(edited)</span>');
    el.append(c);
  }
  for (const e of m.embeds || []) el.append(renderEmbed(e, m));
  for (const a of m.attachments || []) {
    if (embedUses(m, a.filename)) continue;
    const box = document.createElement("div"); box.className = "attachment";
    const url = attachmentUrl(a);
    if ((a.content_type || "").startsWith("image/") || a.filename.endsWith(".png")) {
      const img = document.createElement("img"); img.src = url; img.alt = a.description || a.filename; box.append(img);
    } else {
      const link = document.createElement("a"); link.className = "file"; link.href = url;
      link.download = a.filename; link.textContent = `📄 ${a.filename} (${Math.max(1, Math.round(a.size / 1024))} KB)`;
      box.append(link);
    }
    el.append(box);
  }
  renderComponents(el, m);
  if (ephemeral) {
    const note = document.createElement("div"); note.className = "only-you";
    note.innerHTML = `👁 Only you can see this · <a class="dismiss">Dismiss message</a>`;
    note.querySelector(".dismiss").addEventListener("click", () => { S.dismissed.add(m.id); renderMessages(false); });
    el.append(note);
  }
  return el;
}

function attachmentUrl(a) {
  return `/attachments/${a.id}/${encodeURIComponent(a.filename)}`;
}

function embedUses(m, filename) {
  return (m.embeds || []).some((e) => [e.image, e.thumbnail].some((i) => i && i.url === `attachment://${filename}`));
}

function imageUrl(m, url) {
  if (url && url.startsWith("attachment://")) {
    const a = (m.attachments || []).find((x) => x.filename === url.slice(13));
    return a ? attachmentUrl(a) : null;
  }
  return null; // the sandbox is offline: remote images are not fetched
}

function renderEmbed(e, m) {
  const el = document.createElement("div"); el.className = "embed";
  if (e.color != null) el.style.borderLeftColor = `#${e.color.toString(16).padStart(6, "0")}`;
  const add = (cls, html) => { const d = document.createElement("div"); d.className = cls; d.innerHTML = html; el.append(d); return d; };
  if (e.author && e.author.name) add("e-author", escapeHtml(e.author.name));
  if (e.title) add("e-title", e.url ? `<a href="${escapeAttr(e.url)}">${inline(e.title)}</a>` : inline(e.title));
  if (e.description) add("e-desc", markdown(e.description));
  if (e.fields && e.fields.length) {
    const box = add("e-fields", "");
    for (const f of e.fields) {
      const d = document.createElement("div"); d.className = `e-field${f.inline ? " inline" : ""}`;
      d.innerHTML = `<div class="name">${inline(f.name)}</div><div class="value">${markdown(f.value)}</div>`;
      box.append(d);
    }
  }
  for (const key of ["image", "thumbnail"]) {
    const src = e[key] && imageUrl(m, e[key].url);
    if (src) { const img = document.createElement("img"); img.src = src; img.alt = key; el.append(img); }
  }
  if (e.footer && e.footer.text) add("e-footer", escapeHtml(e.footer.text) + (e.timestamp ? ` • ${formatTime(Date.parse(e.timestamp) / 1000, "f")}` : ""));
  return el;
}

function renderComponents(el, m) {
  for (const row of m.components || []) {
    if (row.type !== 1) continue;
    const box = document.createElement("div"); box.className = "row"; el.append(box);
    for (const c of row.components || []) {
      if (c.type === 2) {
        const b = document.createElement("button"); b.type = "button"; b.className = `s${c.style || 2}`;
        b.textContent = `${c.emoji && c.emoji.name ? c.emoji.name + " " : ""}${c.label || ""}`.trim();
        b.disabled = !!c.disabled; b.dataset.customId = c.custom_id || "";
        if (c.style === 5) b.addEventListener("click", () => window.open(c.url, "_blank", "noopener"));
        else b.addEventListener("click", () => click(m, c.custom_id));
        box.append(b);
      } else if ([3, 5, 6, 7, 8].includes(c.type)) {
        const s = document.createElement("select"); s.dataset.customId = c.custom_id; s.disabled = !!c.disabled;
        const first = document.createElement("option"); first.value = ""; first.textContent = c.placeholder || "Make a selection"; s.append(first);
        for (const o of selectOptions(c)) {
          const opt = document.createElement("option"); opt.value = o.value; opt.textContent = o.label; s.append(opt);
        }
        s.addEventListener("change", () => { if (s.value) click(m, c.custom_id, [s.value]); });
        box.append(s);
      }
    }
  }
}

function selectOptions(c) {
  if (c.type === 3) return (c.options || []).map((o) => ({ value: o.value, label: `${o.emoji && o.emoji.name ? o.emoji.name + " " : ""}${o.label}` }));
  if (c.type === 6) return S.state.roles.map((r) => ({ value: r.id, label: `@${r.name}` }));
  if (c.type === 8) return S.state.channels.map((ch) => ({ value: ch.id, label: `#${ch.name}` }));
  return everyone().map((mb) => ({ value: mb.id, label: mb.name }));
}

// -- text: markdown, mentions, timestamps ------------------------------------------------

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
function escapeAttr(s) { return escapeHtml(s); }

// Everyone of the server: the members you can be, and the rest of its community.
function everyone() { return [...S.state.members, ...(S.state.community || [])]; }

function memberName(id) {
  const m = everyone().find((x) => x.id === id);
  return m ? m.name : (id === S.state.bot.id ? S.state.bot.name : `unknown-user`);
}
function channelName(id) {
  const c = S.state.channels.find((x) => x.id === id);
  return c ? `#${c.name}` : "#unknown";
}

// A link in a message. Links to this server's messages, channels and events (Discord's
// own https://discord.com/… addresses) move within the page, as Discord's app does, and
// never leave the offline sandbox; any other link opens in a new tab. ``label`` is already
// escaped HTML (a markdown link's text); null draws the link as Discord does.
function link(url, label) {
  const plain = url.replace(/&amp;/g, "&");
  let m = plain.match(/^https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/channels\/(\d+|@me)\/(\d+)(?:\/(\d+))?\/?$/);
  if (m) {
    const text = label || `${escapeHtml(channelName(m[2]))}${m[3] ? " › 💬" : ""}`;
    return `<a class="jump mention" data-channel="${m[2]}"${m[3] ? ` data-message="${m[3]}"` : ""}>${text}</a>`;
  }
  m = plain.match(/^https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/events\/(\d+)\/(\d+)\/?$/);
  if (m) {
    const event = (S.state.events || []).find((e) => e.id === m[2]);
    const text = label || `📅 ${escapeHtml(event ? event.name : "event")}`;
    return `<a class="jump mention" data-event="${m[2]}">${text}</a>`;
  }
  return `<a href="${url}" target="_blank" rel="noopener">${label || url}</a>`;
}

function jump(el) {
  if (el.dataset.event) {
    const li = document.querySelector(`#events li[data-event="${el.dataset.event}"]`);
    if (li) { li.scrollIntoView({ block: "nearest" }); flash(li); }
    return;
  }
  if (isChannelKnown(el.dataset.channel)) { S.channel = el.dataset.channel; S.unread.delete(S.channel); renderSidebar(); renderMessages(false); }
  const target = el.dataset.message && document.querySelector(`#messages .msg[data-id="${el.dataset.message}"]`);
  if (target) { target.scrollIntoView({ block: "center" }); flash(target); }
}

function flash(el) {
  el.classList.remove("flash"); void el.offsetWidth; el.classList.add("flash");
}

function inline(text) {
  const codes = [];
  let s = escapeHtml(text).replace(/`([^`]+)`/g, (_, c) => { codes.push(c); return `\u0000${codes.length - 1}\u0000`; });
  s = s.replace(/&lt;t:(-?\d+)(?::([tTdDfFR]))?&gt;/g, (_, unix, style) =>
    `<span class="ts" title="${escapeAttr(formatTime(+unix, "F"))}">${escapeHtml(formatTime(+unix, style || "f"))}</span>`);
  s = s.replace(/&lt;@!?(\d+)&gt;/g, (_, id) => `<span class="mention">@${escapeHtml(memberName(id))}</span>`);
  s = s.replace(/&lt;@&amp;(\d+)&gt;/g, (_, id) => {
    const r = S.state.roles.find((x) => x.id === id);
    return `<span class="mention">@${escapeHtml(r ? r.name : "deleted-role")}</span>`;
  });
  s = s.replace(/&lt;#(\d+)&gt;/g, (_, id) => `<span class="mention">${escapeHtml(channelName(id))}</span>`);
  const links = [];
  const keep = (html) => { links.push(html); return `\u0001${links.length - 1}\u0001`; };
  s = s.replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_, label, url) => keep(link(url, label)));
  s = s.replace(/(^|[\s(])(https?:\/\/[^\s<)]+)/g, (_, before, url) => before + keep(link(url, null)));
  s = s.replace(/\*\*\*(.+?)\*\*\*/g, "<b><i>$1</i></b>").replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")
    .replace(/__(.+?)__/g, "<u>$1</u>").replace(/~~(.+?)~~/g, "<s>$1</s>")
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, "$1<i>$2</i>").replace(/(^|\W)_(?!\s)(.+?)_(?!\w)/g, "$1<i>$2</i>")
    .replace(/\|\|(.+?)\|\|/g, '<span class="spoiler">$1</span>');
  // Links last: an address's _ or * is never read as italics.
  return s.replace(/\u0000(\d+)\u0000/g, (_, i) => `<code>${codes[+i]}</code>`)
    .replace(/\u0001(\d+)\u0001/g, (_, i) => links[+i]);
}

function markdown(text) {
  const out = [];
  const blocks = String(text).split(/```/);
  blocks.forEach((block, i) => {
    if (i % 2 === 1) { out.push(`<pre>${escapeHtml(block.replace(/^\w*\n/, ""))}</pre>`); return; }
    const lines = block.split("\n").map((line) => {
      let m;
      if ((m = line.match(/^(#{1,3}) (.*)$/))) return `<h${m[1].length}>${inline(m[2])}</h${m[1].length}>`;
      if ((m = line.match(/^-# (.*)$/))) return `<small>${inline(m[1])}</small>`;
      if ((m = line.match(/^> ?(.*)$/))) return `<blockquote>${inline(m[1])}</blockquote>`;
      if ((m = line.match(/^\s*[-*] (.*)$/))) return `• ${inline(m[1])}`;
      return inline(line);
    });
    out.push(lines.join("\n").replace(/<\/(h\d|blockquote)>\n/g, "</$1>"));
  });
  return out.join("");
}

function formatTime(unix, style) {
  const date = new Date(unix * 1000);
  const tz = S.me ? S.me.zone : "UTC";
  const loc = S.me ? intlLocale() : "en-US";
  const opts = {
    t: { hour: "numeric", minute: "2-digit" },
    T: { hour: "numeric", minute: "2-digit", second: "2-digit" },
    d: { year: "numeric", month: "2-digit", day: "2-digit" },
    D: { year: "numeric", month: "long", day: "numeric" },
    f: { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit" },
    F: { weekday: "long", year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit" },
  };
  if (style === "R") {
    const diff = unix - clockNow();
    const units = [["year", 31536000], ["month", 2592000], ["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1]];
    const [unit, size] = units.find(([, s]) => Math.abs(diff) >= s) || ["second", 1];
    return new Intl.RelativeTimeFormat(loc, { numeric: "auto" }).format(Math.round(diff / size), unit);
  }
  return new Intl.DateTimeFormat(loc, { ...(opts[style] || opts.f), timeZone: tz }).format(date);
}

// -- notices -------------------------------------------------------------------------------

// Red ("rule"): the bot broke one of Discord's rules. Grey ("info"): what the page tells you,
// nobody's fault (where the clock stopped, a command typed wrong).
function notice(text, kind) {
  const d = document.createElement("div");
  d.className = kind === "info" ? "notice info" : "notice";
  d.textContent = kind === "info" ? text : `⚠ ${text}`;
  $("#notices").prepend(d);
  while ($("#notices").children.length > 4) $("#notices").lastChild.remove();
}

// -- the command list ------------------------------------------------------------------------

function localized(obj, key) {
  const loc = (obj[`${key}_localizations`] || {})[S.me.locale];
  return loc || obj[key];
}

function allowed(cmd) {
  const need = cmd.default_member_permissions;
  if (need == null) return true;
  const mine = BigInt(S.me.permissions);
  return (mine & ADMINISTRATOR) !== 0n || (BigInt(need) & mine) === BigInt(need);
}

function buildEntries() {
  S.entries = [];
  const walk = (node, path, names) => {
    const subs = (node.options || []).filter((o) => o.type === 1 || o.type === 2);
    if (!subs.length) {
      S.entries.push({ path: path.join(" "), shown: names.join(" "), description: localized(node, "description"), options: node.options || [] });
      return;
    }
    for (const s of subs) walk(s, [...path, s.name], [...names, localized(s, "name")]);
  };
  for (const cmd of S.state.commands || []) {
    if ((cmd.type || 1) !== 1 || !allowed(cmd)) continue;
    walk(cmd, [cmd.name], [localized(cmd, "name")]);
  }
  S.entries.sort((a, b) => a.path.localeCompare(b.path));
}

// Splits "/er views views:50000 likes:4.5K" into the entry and its raw option texts.
function parseTyped(text) {
  const body = text.replace(/^\//, "");
  let entry = null;
  for (const e of S.entries) {
    for (const form of [e.path, e.shown]) {
      if ((body === form || body.startsWith(form + " ")) && (!entry || form.length > entry.len)) entry = { e, len: form.length };
    }
  }
  if (!entry) return null;
  const rest = body.slice(entry.len);
  const names = new Map();
  for (const o of entry.e.options) { names.set(o.name, o); names.set(localized(o, "name"), o); }
  const found = [];
  const re = /(?:^|\s)([^\s:]+):/g;
  let m;
  while ((m = re.exec(rest))) if (names.has(m[1])) found.push({ opt: names.get(m[1]), start: m.index, valueStart: re.lastIndex });
  const raw = {};
  found.forEach((f, i) => { raw[f.opt.name] = rest.slice(f.valueStart, i + 1 < found.length ? found[i + 1].start : rest.length).trim(); });
  const last = found[found.length - 1];
  return { entry: entry.e, raw, rest, last, typedLen: entry.len };
}

// A choice as a person types it: its value or its name in any language, or the start of
// one name when only one choice starts so ("Norsk" for "Norsk (Norwegian)").
function choiceFor(opt, text) {
  const names = (c) => [String(c.value), c.name, ...Object.values(c.name_localizations || {})];
  const exact = opt.choices.find((c) => names(c).includes(text));
  if (exact) return exact;
  const typed = text.toLocaleLowerCase();
  const starting = opt.choices.filter((c) => names(c).some((n) => n.toLocaleLowerCase().startsWith(typed)));
  return typed && starting.length === 1 ? starting[0] : null;
}

function convert(opt, text) {
  const t = text.trim();
  if (opt.choices && opt.choices.length) {
    const hit = choiceFor(opt, t);
    if (hit) return hit.value;
  }
  switch (opt.type) {
    case 4: return /^-?\d+$/.test(t.replace(/[ ,]/g, "")) ? parseInt(t.replace(/[ ,]/g, ""), 10) : t;
    case 10: return Number.isNaN(parseFloat(t)) ? t : parseFloat(t);
    case 5: return ["true", "yes", "1", "ja", "是"].includes(t.toLowerCase()) ? true : ["false", "no", "0", "nei", "否"].includes(t.toLowerCase()) ? false : t;
    case 6: case 9: { const mb = everyone().find((x) => x.id === t || x.name.toLowerCase() === t.replace(/^@/, "").toLowerCase()); return mb ? mb.id : t; }
    case 7: { const c = S.state.channels.find((x) => x.id === t || x.name === t.replace(/^#/, "")); return c ? c.id : t; }
    case 8: { const r = S.state.roles.find((x) => x.id === t || x.name.toLowerCase() === t.replace(/^@/, "").toLowerCase()); return r ? r.id : t; }
    default: return t;
  }
}

function onComposerInput() {
  const input = $("#composer");
  const text = input.value;
  $("#options-help").hidden = true;
  if (!text.startsWith("/")) { hidePopup(); return; }
  const parsed = parseTyped(text);
  if (!parsed) {
    const typed = text.slice(1).toLowerCase();
    const items = S.entries.filter((e) => e.path.startsWith(typed) || e.shown.toLowerCase().startsWith(typed))
      .map((e) => ({ label: `/${e.shown}`, desc: e.description, pick: () => { input.value = `/${e.shown} `; input.focus(); onComposerInput(); } }));
    showPopup("commands", items);
    return;
  }
  showOptionsHelp(parsed);
  const last = parsed.last;
  const valueText = last ? parsed.rest.slice(last.valueStart) : null;
  if (last && (valueText === "" || !/\s$/.test(valueText))) {
    suggestValues(parsed, last.opt, parsed.raw[last.opt.name]);
  } else {
    const given = new Set(Object.keys(parsed.raw));
    const items = parsed.entry.options.filter((o) => !given.has(o.name)).map((o) => ({
      label: `${localized(o, "name")}${o.required ? "*" : ""}`, desc: optionDescription(o),
      pick: () => { input.value = `${text.replace(/\s*$/, " ")}${localized(o, "name")}:`; input.focus(); onComposerInput(); },
    }));
    showPopup("options", items);
  }
}

function optionDescription(o) {
  const bits = [localized(o, "description"), OPTION_TYPES[o.type] || ""];
  if (o.min_value != null || o.max_value != null) bits.push(`${o.min_value ?? "…"}–${o.max_value ?? "…"}`);
  if (o.min_length != null || o.max_length != null) bits.push(`${o.min_length ?? 0}–${o.max_length ?? "…"} characters`);
  if (o.required) bits.push("required");
  return bits.filter(Boolean).join(" · ");
}

function showOptionsHelp(parsed) {
  const help = $("#options-help");
  help.replaceChildren();
  const title = document.createElement("div");
  title.innerHTML = `<b>/${escapeHtml(parsed.entry.shown)}</b> — ${escapeHtml(parsed.entry.description)}`;
  help.append(title);
  for (const o of parsed.entry.options) {
    const s = document.createElement("span"); s.className = "opt";
    s.innerHTML = `<b>${escapeHtml(localized(o, "name"))}</b>${o.required ? '<span class="req">*</span>' : ""} <small>${escapeHtml(OPTION_TYPES[o.type] || "")}</small>`;
    s.title = optionDescription(o);
    help.append(s);
  }
  help.hidden = false;
}

function setValue(parsed, value) {
  const input = $("#composer");
  const head = input.value.slice(0, 1 + parsed.typedLen) + parsed.rest.slice(0, parsed.last.valueStart);
  input.value = `${head}${value} `;
  input.focus(); onComposerInput();
}

function suggestValues(parsed, opt, partial) {
  let items = null;
  if (opt.choices && opt.choices.length) {
    items = opt.choices.filter((c) => localized(c, "name").toLowerCase().includes(partial.toLowerCase()))
      .map((c) => ({ label: localized(c, "name"), desc: "", pick: () => setValue(parsed, localized(c, "name")) }));
  } else if (opt.type === 6 || opt.type === 9) {
    items = everyone().filter((m) => m.name.toLowerCase().startsWith(partial.replace(/^@/, "").toLowerCase()))
      .map((m) => ({ label: `@${m.name}`, desc: m.role, pick: () => setValue(parsed, m.name) }));
  } else if (opt.type === 7) {
    items = S.state.channels.map((c) => ({ label: `#${c.name}`, desc: "", pick: () => setValue(parsed, `#${c.name}`) }));
  } else if (opt.type === 8) {
    items = S.state.roles.map((r) => ({ label: `@${r.name}`, desc: "", pick: () => setValue(parsed, `@${r.name}`) }));
  } else if (opt.autocomplete) {
    clearTimeout(S.acTimer);
    const seq = ++S.acSeq;
    S.acTimer = setTimeout(async () => {
      const options = {};
      for (const [name, raw] of Object.entries(parsed.raw)) {
        const o = parsed.entry.options.find((x) => x.name === name);
        options[name] = name === opt.name ? raw : convert(o, raw);
      }
      const res = await post("/api/autocomplete", { command: parsed.entry.path, options, focused: opt.name });
      if (seq !== S.acSeq) return;
      const choices = (res && res.choices) || [];
      showPopup("autocomplete", choices.map((c) => ({ label: c.name, desc: "", pick: () => setValue(parsed, String(c.value)) })));
    }, 150);
    return;
  }
  if (items) showPopup("values", items); else hidePopup();
}

function showPopup(kind, items) {
  const box = $("#popup");
  S.popup = items; S.popupIndex = 0; S.popupKind = kind;
  box.replaceChildren();
  if (!items.length) { box.hidden = true; return; }
  const head = document.createElement("div"); head.className = "head";
  head.textContent = { commands: "Commands", options: "Options", values: "Values", autocomplete: "Suggestions" }[kind];
  box.append(head);
  items.forEach((it, i) => {
    const d = document.createElement("div"); d.className = `item${i === 0 ? " sel" : ""}`; d.dataset.kind = kind;
    d.innerHTML = `<span class="name"></span><span class="desc"></span>`;
    d.querySelector(".name").textContent = it.label; d.querySelector(".desc").textContent = it.desc || "";
    d.addEventListener("mousedown", (ev) => { ev.preventDefault(); it.pick(); });
    box.append(d);
  });
  box.hidden = false;
}

function hidePopup() { $("#popup").hidden = true; S.popup = []; S.popupKind = null; }

function movePopup(delta) {
  if (!S.popup.length) return;
  S.popupIndex = (S.popupIndex + delta + S.popup.length) % S.popup.length;
  [...$("#popup").querySelectorAll(".item")].forEach((d, i) => d.classList.toggle("sel", i === S.popupIndex));
}

function onComposerKey(ev) {
  if (ev.key === "ArrowDown" || ev.key === "ArrowUp") { if (S.popup.length) { ev.preventDefault(); movePopup(ev.key === "ArrowDown" ? 1 : -1); } return; }
  if (ev.key === "Escape") { hidePopup(); return; }
  if (ev.key === "Tab" && S.popup.length) { ev.preventDefault(); S.popup[S.popupIndex].pick(); return; }
  if (ev.key !== "Enter") return;
  ev.preventDefault();
  const text = $("#composer").value;
  const parsed = text.startsWith("/") ? parseTyped(text) : null;
  if (!parsed && S.popup.length && S.popupKind === "commands") { S.popup[S.popupIndex].pick(); return; }
  if (parsed && S.popup.length && ["values", "autocomplete"].includes(S.popupKind) && !parsed.raw[parsed.last.opt.name]) { S.popup[S.popupIndex].pick(); return; }
  if (!parsed) { notice(text.startsWith("/") ? `There is no command ${text.split(" ")[0]}: type / to see them.` : "The bot reads slash commands only: start with /", "info"); return; }
  const options = {};
  for (const [name, raw] of Object.entries(parsed.raw)) {
    if (raw === "") continue;
    options[name] = convert(parsed.entry.options.find((o) => o.name === name), raw);
  }
  $("#composer").value = ""; hidePopup(); $("#options-help").hidden = true;
  runCommand(parsed.entry.path, options);
}

// -- acting ----------------------------------------------------------------------------------

function where() {
  const dm = S.channel === myDm() || S.channel === "dm";
  return dm ? { dm: true, channel: myDm() } : { channel: S.channel };
}

async function post(url, body) {
  const res = await api(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ member: S.me.id, ...where(), ...body }) });
  let data = null;
  try { data = await res.json(); } catch (_) { data = null; }
  if (!res.ok && !data) notice(`${url}: ${res.status}`);
  return data;
}

async function runCommand(path, options) {
  const res = await post("/api/command", { command: path, options });
  afterAction(res);
  if (S.channel === "dm" && myDm()) { S.channel = myDm(); renderSidebar(); renderMessages(true); }
}

async function click(m, customId, values) {
  const res = await post("/api/click", { message: m.id, custom_id: customId, values: values || null });
  afterAction(res);
}

function afterAction(res) {
  if (res && res.modal) showModal(res.modal);
  if (S.channel === "dm") refreshDms().then(() => { if (myDm()) { S.channel = myDm(); renderSidebar(); renderMessages(true); } });
}

function modalInputs(components) {
  const out = [];
  for (const c of components || []) {
    if (c.type === 1) out.push(...modalInputs(c.components));
    else if (c.type === 18 && c.component) out.push({ ...c.component, label: c.label || c.component.label, description: c.description });
    else if (c.type === 4) out.push(c);
  }
  return out;
}

function showModal(modal) {
  const layer = $("#modal-layer");
  layer.replaceChildren();
  const box = document.createElement("form"); box.className = "modal";
  const title = document.createElement("h3"); title.textContent = modal.title; box.append(title);
  for (const field of modalInputs(modal.components)) {
    const label = document.createElement("label"); label.textContent = `${field.label || field.custom_id}${field.required !== false ? " *" : ""}`;
    const input = document.createElement(field.style === 2 ? "textarea" : "input");
    input.name = field.custom_id; input.value = field.value || ""; input.placeholder = field.placeholder || "";
    if (field.max_length) input.maxLength = field.max_length;
    if (field.required !== false) input.required = true;
    box.append(label, input);
  }
  const actions = document.createElement("div"); actions.className = "actions";
  actions.innerHTML = `<button type="button" class="cancel">Cancel</button><button type="submit" class="submit">Submit</button>`;
  box.append(actions);
  actions.querySelector(".cancel").addEventListener("click", () => { layer.hidden = true; });
  box.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const values = {};
    for (const el of box.querySelectorAll("input, textarea")) values[el.name] = el.value;
    layer.hidden = true;
    afterAction(await post("/api/modal", { modal, values }));
  });
  layer.append(box); layer.hidden = false;
  const first = box.querySelector("input, textarea"); if (first) first.focus();
}

document.addEventListener("DOMContentLoaded", boot);
