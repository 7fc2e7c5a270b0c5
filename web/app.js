// The page talks only to the tingbao API (/v1/…) and the library (/library/…). Text from the
// library is always set with textContent, never parsed as HTML.
'use strict';

const $ = (id) => document.getElementById(id);

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function encodePath(path) {
  return path.split('/').map(encodeURIComponent).join('/');
}

function spokenDuration(seconds) {
  if (typeof seconds !== 'number' || !(seconds > 0)) return '';
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m} 分 ${s % 60} 秒` : `${s} 秒`;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.statusText;
    throw new Error(message);
  }
  return body;
}

function issueLabel(issue) {
  const parts = [issue.publication, issue.date];
  if (issue.issue_no) parts.push(issue.issue_no);
  return `${parts.join(' ')}（${issue.articles} 篇）`;
}

async function loadIssueList() {
  const status = $('issues-status');
  const list = $('issue-list');
  try {
    const { issues } = await getJson('/v1/issues');
    list.replaceChildren();
    for (const issue of issues) {
      const link = el('a', { href: `#/issue/${encodePath(issue.path)}` }, issueLabel(issue));
      const item = el('li');
      item.append(link);
      list.append(item);
    }
    status.textContent = issues.length ? `共 ${issues.length} 期。` : '还没有生成好的报纸。';
  } catch (e) {
    status.textContent = `报纸列表载入失败：${e.message}`;
  }
}

// What each library file is, in words a listener understands.
function describeFile(path) {
  const kinds = [
    [/^braille\/issue\.brf$/, '整期盲文 BRF（给盲文压点机）'],
    [/^braille\/issue\.pef$/, '整期盲文 PEF 文件'],
    [/^braille\/issue\.txt$/, '整期盲文 Unicode 文本（给点显器）'],
    [/^audio\/issue\.m3u8$/, '整期播放列表 M3U8（电台）'],
    [/^audio\/issue\.[a-z0-9]+$/, '整期音频'],
    [/^daisy\/ncc\.html$/, 'DAISY 有声书（入口文件）'],
  ];
  for (const [pattern, label] of kinds) {
    if (pattern.test(path)) return `${label}：${path.split('/').pop()}`;
  }
  return null;
}

function renderDownloads(issue, base) {
  const list = $('downloads');
  list.replaceChildren();
  for (const file of issue.files || []) {
    const label = describeFile(file.path);
    if (!label) continue;
    const item = el('li');
    const size = file.bytes ? `，${Math.max(1, Math.round(file.bytes / 1024))} KB` : '';
    item.append(el('a', { href: base + encodePath(file.path), download: '' }, label));
    if (size) item.append(document.createTextNode(size));
    list.append(item);
  }
  $('downloads-section').hidden = list.children.length === 0;
}

const AUDIO_TYPES = [
  ['.opus', 'audio/ogg; codecs=opus'],
  ['.ogg', 'audio/ogg'],
  ['.mp3', 'audio/mpeg'],
  ['.flac', 'audio/flac'],
  ['.wav', 'audio/wav'],
];

function renderArticle(article, index, base) {
  const id = article.id || `a${String(index + 1).padStart(2, '0')}`;
  const headline = article.headline || `第 ${index + 1} 篇`;
  const node = el('article', { 'aria-labelledby': `${id}-h` });
  node.append(el('h4', { id: `${id}-h` }, headline));
  if (article.byline) node.append(el('p', { class: 'byline' }, article.byline));
  const audio = article.audio || {};
  const files = audio.files || (audio.file ? [audio.file] : []);
  if (files.length) {
    // Opus first (small, every current browser), MP3 as the fallback and for download.
    const rank = (f) => AUDIO_TYPES.findIndex(([ext]) => f.endsWith(ext));
    const sorted = [...files].filter((f) => rank(f) >= 0).sort((x, y) => rank(x) - rank(y));
    const player = el('audio', { controls: '', preload: 'none', 'aria-label': `朗读：${headline}` });
    for (const file of sorted) {
      player.append(el('source', { src: base + encodePath(file), type: AUDIO_TYPES[rank(file)][1] }));
    }
    node.append(player);
    const meta = el('p', { class: 'meta' });
    const length = spokenDuration(audio.duration);
    if (length) meta.append(document.createTextNode(`时长 ${length}。`));
    const download = sorted.find((f) => f.endsWith('.mp3')) || sorted[0];
    if (download) {
      const format = download.split('.').pop().toUpperCase();
      meta.append(el('a', { href: base + encodePath(download), download: '' }, `下载本篇音频（${format}）：${headline}`));
    }
    node.append(meta);
  }
  const paragraphs = article.paragraphs || [];
  if (paragraphs.length) {
    const details = el('details');
    details.append(el('summary', {}, `全文（${paragraphs.length} 段）`));
    for (const text of paragraphs) details.append(el('p', {}, text));
    node.append(details);
  }
  return node;
}

async function showIssue(path) {
  const title = $('issue-title');
  const base = `/library/${encodePath(path)}/`;
  try {
    const issue = await getJson(`/v1/issues/${encodePath(path)}`);
    const name = [issue.publication, issue.date, issue.issue_no].filter(Boolean).join(' ');
    title.textContent = name || path;
    document.title = `${name || path} · 听报`;
    const count = (issue.articles || []).length;
    const length = spokenDuration(issue.duration);
    $('issue-summary').textContent = `${count} 篇文章${length ? `，共 ${length}` : ''}。`;
    renderDownloads(issue, base);
    const articles = $('articles');
    articles.replaceChildren(...(issue.articles || []).map((a, i) => renderArticle(a, i, base)));
    $('articles-section').hidden = count === 0;
  } catch (e) {
    title.textContent = `这一期载入失败：${e.message}`;
  }
  // Tell screen readers where they are: focus lands on the issue's heading.
  title.focus();
}

function route() {
  const match = location.hash.match(/^#\/issue\/(.+)$/);
  if (match) showIssue(match[1].split('/').map(decodeURIComponent).join('/'));
}

async function watchJob(url, name) {
  const status = $('upload-status');
  const words = { queued: '排队中', running: '正在生成' };
  for (let i = 0; i < 900; i++) {
    const job = await getJson(url).catch(() => null);
    if (job && job.state === 'done') {
      status.textContent = `《${name}》已生成。`;
      await loadIssueList();
      return;
    }
    if (job && job.state === 'failed') {
      status.textContent = `《${name}》生成失败：${job.error || '原因不明'}`;
      return;
    }
    if (job && words[job.state] && i % 5 === 0) status.textContent = `《${name}》${words[job.state]}……`;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

async function upload(event) {
  event.preventDefault();
  const status = $('upload-status');
  const file = $('upload-file').files[0];
  if (!file) {
    status.textContent = '请先选择一个文件。';
    $('upload-file').focus();
    return;
  }
  const form = new FormData();
  form.append('file', file, file.name);
  status.textContent = `正在上传《${file.name}》……`;
  try {
    const response = await fetch('/v1/issues', {
      method: 'POST',
      headers: { Authorization: `Bearer ${$('upload-token').value}` },
      body: form,
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error(body && body.error ? body.error.message : response.statusText);
    status.textContent = `《${file.name}》已收到，任务编号 ${body.id}。`;
    watchJob(body.url, file.name);
  } catch (e) {
    status.textContent = `上传失败：${e.message}`;
  }
}

window.addEventListener('hashchange', route);
document.addEventListener('DOMContentLoaded', () => {
  $('upload-form').addEventListener('submit', upload);
  loadIssueList().then(route);
});
