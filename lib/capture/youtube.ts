/**
 * YouTube: InnerTube state. A channel page's `ytInitialData` has the shape of a `browse`
 * response and a watch page's that of a `next` response, so the embedded state and the API
 * responses go through the same readers. Order of trust: `ytInitialPlayerResponse` (exact
 * view and like counts, ISO publish date), then `ytInitialData` (rounded counts, relative
 * dates), then continuation responses (`browse`, `next`) the page fetched while scrolling.
 *
 * Paths follow /work/shared/realpages/PROVENANCE.md; every read is of a known path (no
 * generic tree walk), so the cost is one JSON.parse plus a walk over the list items.
 */
import type { CaptureContext, PlatformAdapter } from './adapter';
import { BatchBuilder } from './batch-builder';
import { exactCount, parseCount } from './counts';
import { parseRelativeDate } from './dates';
import { findAssignedJson, readableScripts, type ScriptText } from './embedded-json';
import { handleFromPath, normalizeHandle } from './handles';
import { hashtagsFromText, uniqueHashtags } from './hashtags';
import { asArray, asBoolean, asNumber, asString, firstKey, get, getPath, isRecord, textOf } from './json-access';
import { safeRun } from './safe-run';
import { isAllowedApiUrl, postIdFromUrl, registryAddressing } from './platforms';
import { parseUrl } from './urls';

/** Wrappers nest lists a few levels deep (Home tab shelves); deeper is not a video list. */
const MAX_ITEM_DEPTH = 6;

interface Reader {
  b: BatchBuilder;
  /** The page the data belongs to: its /@handle and ?v= fill what a continuation leaves out. */
  page: URL | undefined;
  channelHandle?: string;
  videoId?: string;
  comments: Map<string, unknown>;
  /** The page's language: settles abbreviations like Turkish "B" (bin = thousand). */
  lang?: string;
}

function newReader(ctx: CaptureContext): Reader {
  const page = parseUrl(ctx?.url);
  const reader: Reader = { b: new BatchBuilder('youtube', ctx), page, comments: new Map() };
  if (typeof ctx?.lang === 'string') reader.lang = ctx.lang.slice(0, 35);
  const pageHandle = handleFromPath(page?.pathname);
  if (pageHandle) reader.channelHandle = pageHandle;
  const v = postIdFromUrl('youtube', ctx?.url);
  if (v) reader.videoId = v;
  return reader;
}

/** The @handle of a browse endpoint (`canonicalBaseUrl: "/@x"`), wherever a renderer keeps it. */
function handleOfEndpoint(endpoint: unknown): string | undefined {
  return (
    handleFromPath(get(endpoint, 'browseEndpoint', 'canonicalBaseUrl')) ??
    handleFromPath(get(endpoint, 'commandMetadata', 'webCommandMetadata', 'url'))
  );
}

// ---------------------------------------------------------------- player response

function readPlayer(player: unknown, r: Reader): void {
  const details = get(player, 'videoDetails');
  const micro = get(player, 'microformat', 'playerMicroformatRenderer');
  const id = asString(get(details, 'videoId')) ?? asString(get(micro, 'externalVideoId'));
  if (!id) {
    r.b.warn('player response without videoDetails.videoId');
    return;
  }
  r.videoId ??= id;
  const handle = handleFromPath(get(micro, 'ownerProfileUrl'));
  const title = asString(get(details, 'title')) ?? textOf(get(micro, 'title'));
  const description = asString(get(details, 'shortDescription'));
  r.b.addPost({
    id,
    authorHandle: handle,
    text: title,
    hashtags: uniqueHashtags(hashtagsFromText(title), hashtagsFromText(description)),
    views: parseCount(get(details, 'viewCount'), r.lang) ?? parseCount(get(micro, 'viewCount'), r.lang),
    likes: parseCount(get(micro, 'likeCount'), r.lang),
    publishedAt:
      parseRelativeDate(get(micro, 'publishDate'), r.b.capturedAt) ??
      parseRelativeDate(get(micro, 'uploadDate'), r.b.capturedAt),
  });
  if (handle) {
    r.b.addProfile({
      handle,
      displayName: asString(get(micro, 'ownerChannelName')) ?? asString(get(details, 'author')),
    });
  }
}

// ---------------------------------------------------------------- channel header

function readChannel(data: unknown, r: Reader): void {
  const meta = get(data, 'metadata', 'channelMetadataRenderer');
  const pageHeader = get(data, 'header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel');
  const c4 = get(data, 'header', 'c4TabbedHeaderRenderer');
  if (!isRecord(meta) && !isRecord(pageHeader) && !isRecord(c4)) return;

  let headerHandle: string | undefined;
  let followers: number | undefined;
  let videos: number | undefined;
  const rows = asArray(get(pageHeader, 'metadata', 'contentMetadataViewModel', 'metadataRows'));
  const unlabelled: string[] = [];
  for (const row of rows) {
    for (const part of asArray(get(row, 'metadataParts'))) {
      const text = textOf(get(part, 'text'));
      if (!text) continue;
      if (text.startsWith('@')) headerHandle ??= normalizeHandle(text);
      else if (/subscri|abonn|inscrit|suscript|iscritt/i.test(text)) followers ??= parseCount(text, r.lang);
      else if (/video|vídeo/i.test(text)) videos ??= parseCount(text, r.lang);
      else unlabelled.push(text);
    }
  }
  // Pages in other languages: the second row holds subscribers, then videos.
  if (followers === undefined && unlabelled.length > 0) followers = parseCount(unlabelled[0], r.lang);
  if (videos === undefined && unlabelled.length > 1) videos = parseCount(unlabelled[1], r.lang);

  const handle =
    handleFromPath(get(meta, 'vanityChannelUrl')) ??
    handleFromPath(get(meta, 'ownerUrls', 0)) ??
    headerHandle ??
    normalizeHandle(textOf(get(c4, 'channelHandleText'))) ??
    r.channelHandle;
  if (!handle) {
    r.b.warn('channel page without a readable @handle');
    return;
  }
  r.channelHandle = handle;

  const attachments = asArray(get(pageHeader, 'title', 'dynamicTextViewModel', 'text', 'attachmentRuns'));
  const verified =
    attachments.some((run) =>
      asArray(get(run, 'element', 'type', 'imageType', 'image', 'sources')).some(
        (s) => asString(get(s, 'clientResource', 'imageName')) === 'CHECK_CIRCLE_FILLED',
      ),
    ) || asArray(get(c4, 'badges')).some((b) => /VERIFIED/.test(asString(get(b, 'metadataBadgeRenderer', 'style')) ?? ''));

  r.b.addProfile({
    handle,
    displayName:
      asString(get(meta, 'title')) ??
      textOf(get(pageHeader, 'title', 'dynamicTextViewModel', 'text')) ??
      asString(get(c4, 'title')),
    followers: followers ?? parseCount(textOf(get(c4, 'subscriberCountText')), r.lang),
    postCount: videos ?? parseCount(textOf(get(c4, 'videosCountText')), r.lang),
    verified: verified ? true : undefined,
    bio: asString(get(meta, 'description')),
  });
}

// ---------------------------------------------------------------- list items

function addVideo(
  r: Reader,
  id: unknown,
  title: string | undefined,
  viewsText: string | undefined,
  dateText: string | undefined,
  author: string | undefined,
): void {
  if (typeof id !== 'string' || id.length === 0) return;
  r.b.addPost({
    id,
    authorHandle: author ?? r.channelHandle,
    text: title,
    hashtags: hashtagsFromText(title),
    views: parseCount(viewsText, r.lang),
    publishedAt: parseRelativeDate(dateText, r.b.capturedAt),
  });
}

function readVideoRenderer(v: unknown, r: Reader): void {
  addVideo(
    r,
    get(v, 'videoId'),
    textOf(get(v, 'title')),
    textOf(get(v, 'viewCountText')) ?? textOf(get(v, 'shortViewCountText')),
    textOf(get(v, 'publishedTimeText')),
    handleOfEndpoint(get(v, 'ownerText', 'runs', 0, 'navigationEndpoint')) ??
      handleOfEndpoint(get(v, 'longBylineText', 'runs', 0, 'navigationEndpoint')) ??
      handleOfEndpoint(get(v, 'shortBylineText', 'runs', 0, 'navigationEndpoint')),
  );
}

/** 2025+ grid items: views and date are unlabeled parts of one metadata row. */
function readLockup(lockup: unknown, r: Reader): void {
  const type = asString(get(lockup, 'contentType'));
  if (type !== undefined && type !== 'LOCKUP_CONTENT_TYPE_VIDEO') return; // playlists, podcasts
  const meta = get(lockup, 'metadata', 'lockupMetadataViewModel');
  let views: string | undefined;
  let date: string | undefined;
  let author: string | undefined;
  for (const row of asArray(get(meta, 'metadata', 'contentMetadataViewModel', 'metadataRows'))) {
    for (const part of asArray(get(row, 'metadataParts'))) {
      // Outside a channel's own grid (home feed, search) a row names the channel as a link;
      // it is the author, and its name ("5 Minute Crafts") must not be read as a count.
      const link = get(part, 'text', 'commandRuns', 0, 'onTap', 'innertubeCommand');
      if (link !== undefined) {
        author ??= handleOfEndpoint(link);
        continue;
      }
      const text = textOf(get(part, 'text'));
      if (!text) continue;
      if (date === undefined && parseRelativeDate(text, r.b.capturedAt) !== undefined) date = text;
      else if (views === undefined && parseCount(text, r.lang) !== undefined) views = text;
    }
  }
  addVideo(r, get(lockup, 'contentId'), textOf(get(meta, 'title')), views, date, author);
}

function readShortsLockup(lockup: unknown, r: Reader): void {
  const entity = asString(get(lockup, 'entityId'));
  const id =
    asString(get(lockup, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId')) ??
    (entity?.startsWith('shorts-shelf-item-') ? entity.slice('shorts-shelf-item-'.length) : undefined);
  addVideo(
    r,
    id,
    textOf(get(lockup, 'overlayMetadata', 'primaryText')),
    textOf(get(lockup, 'overlayMetadata', 'secondaryText')),
    undefined,
    undefined,
  );
}

function readItems(items: unknown, r: Reader, depth = 0): void {
  if (depth > MAX_ITEM_DEPTH) return;
  for (const item of asArray(items)) {
    const key = firstKey(item);
    if (key === undefined || !isRecord(item)) continue;
    const value = item[key];
    switch (key) {
      case 'richItemRenderer':
        readItems([get(value, 'content')], r, depth + 1);
        break;
      case 'videoRenderer':
      case 'gridVideoRenderer':
      case 'compactVideoRenderer':
        readVideoRenderer(value, r);
        break;
      case 'lockupViewModel':
        readLockup(value, r);
        break;
      case 'shortsLockupViewModel':
        readShortsLockup(value, r);
        break;
      case 'richSectionRenderer':
        readItems([get(value, 'content')], r, depth + 1);
        break;
      case 'richShelfRenderer':
        readItems(get(value, 'contents'), r, depth + 1);
        break;
      case 'itemSectionRenderer':
        readItems(get(value, 'contents'), r, depth + 1);
        break;
      case 'shelfRenderer':
        readItems(get(value, 'content', 'horizontalListRenderer', 'items'), r, depth + 1);
        readItems(get(value, 'content', 'expandedShelfContentsRenderer', 'items'), r, depth + 1);
        break;
      case 'commentThreadRenderer':
        readCommentThread(value, r);
        break;
      case 'commentViewModel':
        readCommentViewModel(value, r);
        break;
      case 'commentsHeaderRenderer':
        readCommentsHeader(value, r);
        break;
      default:
        break;
    }
  }
}

function readTabs(data: unknown, r: Reader): void {
  for (const tab of asArray(get(data, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs'))) {
    const content = get(tab, 'tabRenderer', 'content');
    if (!isRecord(content)) continue;
    readItems(get(content, 'richGridRenderer', 'contents'), r);
    readItems(get(content, 'sectionListRenderer', 'contents'), r);
  }
}

function readSearch(data: unknown, r: Reader): void {
  const sections = get(data, 'contents', 'twoColumnSearchResultsRenderer', 'primaryContents', 'sectionListRenderer', 'contents');
  readItems(sections, r);
}

// ---------------------------------------------------------------- watch page

const LIKE_TITLE_PATH = [
  'segmentedLikeDislikeButtonViewModel', 'likeButtonViewModel', 'likeButtonViewModel', 'toggleButtonViewModel',
  'toggleButtonViewModel', 'defaultButtonViewModel', 'buttonViewModel', 'title',
] as const;

/**
 * The like count: the button shows it rounded ("14 K"); its accessibility label spells it out
 * ("… along with 14,434 other people"), which wins when it agrees with the rounded one.
 */
function likeCount(primary: unknown, lang: string | undefined): number | undefined {
  for (const button of asArray(get(primary, 'videoActions', 'menuRenderer', 'topLevelButtons'))) {
    const title = getPath(button, LIKE_TITLE_PATH);
    if (typeof title === 'string') {
      const rounded = parseCount(title, lang);
      const label = getPath(button, [...LIKE_TITLE_PATH.slice(0, -1), 'accessibilityText']);
      return exactCount(rounded, label, lang) ?? rounded;
    }
    const old = get(button, 'segmentedLikeDislikeButtonRenderer', 'likeButton', 'toggleButtonRenderer');
    const text = textOf(get(old, 'defaultText'));
    if (text) {
      const rounded = parseCount(text, lang);
      const label = asString(get(old, 'accessibilityData', 'accessibilityData', 'label')) ??
        asString(get(old, 'defaultText', 'accessibility', 'accessibilityData', 'label'));
      return exactCount(rounded, label, lang) ?? rounded;
    }
  }
  return undefined;
}

/**
 * Views of a watch page: `originalViewCount` is exact where the text is rounded; a live
 * stream's count is of viewers watching now, which is no view count, so it is absent.
 */
function viewCount(primary: unknown, lang: string | undefined): number | undefined {
  const renderer = get(primary, 'viewCount', 'videoViewCountRenderer');
  if (asBoolean(get(renderer, 'isLive')) === true) return undefined;
  const exact = parseCount(asString(get(renderer, 'originalViewCount')), lang);
  const shown = parseCount(textOf(get(renderer, 'viewCount')), lang);
  return exact !== undefined && exact > 0 ? exact : shown;
}

/** The comment count the page states: the comments panel's header, or the entry point under the video. */
function watchCommentCount(data: unknown, contents: readonly unknown[], lang: string | undefined): number | undefined {
  for (const panel of asArray(get(data, 'engagementPanels'))) {
    const section = get(panel, 'engagementPanelSectionListRenderer');
    if (asString(get(section, 'panelIdentifier')) !== 'engagement-panel-comments-section') continue;
    const n = parseCount(textOf(get(section, 'header', 'engagementPanelTitleHeaderRenderer', 'contextualInfo')), lang);
    if (n !== undefined) return n;
  }
  for (const c of contents) {
    for (const item of asArray(get(c, 'itemSectionRenderer', 'contents'))) {
      const n = parseCount(textOf(get(item, 'commentsEntryPointHeaderRenderer', 'commentCount')), lang);
      if (n !== undefined) return n;
    }
  }
  return undefined;
}

function readWatch(data: unknown, r: Reader): void {
  const contents = get(data, 'contents', 'twoColumnWatchNextResults', 'results', 'results', 'contents');
  if (!Array.isArray(contents)) return;
  let primary: unknown;
  let secondary: unknown;
  for (const c of contents) {
    primary ??= get(c, 'videoPrimaryInfoRenderer');
    secondary ??= get(c, 'videoSecondaryInfoRenderer');
  }
  const id = asString(get(data, 'currentVideoEndpoint', 'watchEndpoint', 'videoId')) ?? r.videoId;
  if (!id || !isRecord(primary)) return;
  r.videoId = id;

  const owner = get(secondary, 'owner', 'videoOwnerRenderer');
  const ownerHandle =
    handleOfEndpoint(get(owner, 'navigationEndpoint')) ?? handleOfEndpoint(get(owner, 'title', 'runs', 0, 'navigationEndpoint'));
  if (ownerHandle) {
    r.b.addProfile({
      handle: ownerHandle,
      displayName: textOf(get(owner, 'title')),
      followers: parseCount(textOf(get(owner, 'subscriberCountText')), r.lang),
    });
  }

  const commentCount = watchCommentCount(data, contents, r.lang);

  const title = textOf(get(primary, 'title'));
  const description =
    textOf(get(secondary, 'attributedDescription')) ?? textOf(get(secondary, 'description'));
  const superTitle = asArray(get(primary, 'superTitleLink', 'runs')).map((run) => asString(get(run, 'text')) ?? '');
  r.b.addPost({
    id,
    authorHandle: ownerHandle,
    text: title,
    hashtags: uniqueHashtags(
      superTitle.filter((t) => t.trim().startsWith('#')),
      hashtagsFromText(title),
      hashtagsFromText(description),
    ),
    views: viewCount(primary, r.lang),
    likes: likeCount(primary, r.lang),
    comments: commentCount,
    publishedAt:
      parseRelativeDate(textOf(get(primary, 'dateText')), r.b.capturedAt) ??
      parseRelativeDate(textOf(get(primary, 'relativeDateText')), r.b.capturedAt),
  });
}

// ---------------------------------------------------------------- comments

/** Since 2024 a comment's words live in an entity store, joined by `commentKey`. */
function indexCommentEntities(data: unknown, r: Reader): void {
  for (const mutation of asArray(get(data, 'frameworkUpdates', 'entityBatchUpdate', 'mutations'))) {
    const payload = get(mutation, 'payload', 'commentEntityPayload');
    if (!isRecord(payload)) continue;
    const key = asString(payload.key) ?? asString(get(mutation, 'entityKey'));
    if (key) r.comments.set(key, payload);
  }
}

function addCommentEntity(entity: unknown, fallbackId: string | undefined, r: Reader): void {
  const props = get(entity, 'properties');
  const id = asString(get(props, 'commentId')) ?? fallbackId;
  const text = textOf(get(props, 'content'));
  if (!id || text === undefined) return;
  const author = get(entity, 'author');
  const displayName = asString(get(author, 'displayName'));
  const handle =
    normalizeHandle(displayName?.startsWith('@') ? displayName : undefined) ??
    handleOfEndpoint(get(author, 'channelCommand', 'innertubeCommand')) ??
    normalizeHandle(asString(get(author, 'channelId')));
  if (!handle) return;
  const level = asNumber(get(props, 'replyLevel')) ?? 0;
  const dot = id.indexOf('.');
  r.b.addComment({
    id,
    postId: r.videoId,
    authorHandle: handle,
    authorName: displayName && displayName !== `@${handle}` ? displayName : undefined,
    text,
    likes: parseCount(get(entity, 'toolbar', 'likeCountNotliked'), r.lang),
    publishedAt: parseRelativeDate(asString(get(props, 'publishedTime')), r.b.capturedAt),
    // A reply's id is "<parent id>.<reply id>".
    replyToId: level > 0 && dot > 0 ? id.slice(0, dot) : undefined,
  });
}

function readCommentViewModel(outer: unknown, r: Reader): void {
  const vm = isRecord(get(outer, 'commentViewModel')) ? get(outer, 'commentViewModel') : outer;
  const key = asString(get(vm, 'commentKey'));
  const entity = key ? r.comments.get(key) : undefined;
  if (entity === undefined) return;
  r.comments.delete(key ?? '');
  addCommentEntity(entity, asString(get(vm, 'commentId')), r);
}

function readCommentThread(thread: unknown, r: Reader): void {
  const vm = get(thread, 'commentViewModel');
  if (isRecord(vm)) {
    readCommentViewModel(vm, r);
    return;
  }
  // Before 2024 the words sat in the renderer itself.
  const old = get(thread, 'comment', 'commentRenderer');
  const id = asString(get(old, 'commentId'));
  const text = textOf(get(old, 'contentText'));
  const authorText = textOf(get(old, 'authorText'));
  const handle = handleOfEndpoint(get(old, 'authorEndpoint')) ?? normalizeHandle(authorText?.startsWith('@') ? authorText : undefined);
  if (!id || text === undefined || !handle) return;
  r.b.addComment({
    id,
    postId: r.videoId,
    authorHandle: handle,
    authorName: authorText && authorText !== `@${handle}` ? authorText : undefined,
    text,
    likes: parseCount(textOf(get(old, 'voteCount')), r.lang),
    publishedAt: parseRelativeDate(textOf(get(old, 'publishedTimeText')), r.b.capturedAt),
  });
}

function readCommentsHeader(header: unknown, r: Reader): void {
  if (!r.videoId) return;
  const count = parseCount(textOf(get(header, 'countText')), r.lang) ?? parseCount(textOf(get(header, 'commentsCount')), r.lang);
  if (count !== undefined) r.b.addPost({ id: r.videoId, comments: count });
}

// ---------------------------------------------------------------- Shorts player overlay

const REEL_LIKE_PATH = ['likeButtonViewModel', 'toggleButtonViewModel', 'toggleButtonViewModel', 'defaultButtonViewModel', 'buttonViewModel'] as const;

/**
 * A Shorts page's ytInitialData and a full `reel_item_watch` response carry the short's overlay
 * (`overlay.reelPlayerOverlayRenderer`): its channel, title and like button. 2025 shape:
 * `metapanel.reelMetapanelViewModel.metadataItems[]` (`reelChannelBarViewModel`,
 * `shortsVideoTitleViewModel`) and `buttonBar.reelActionBarViewModel.buttonViewModels[]`;
 * older: `reelPlayerHeaderSupportedRenderers.reelPlayerHeaderRenderer` and
 * `likeButton.likeButtonRenderer.likeCount`. The comment count is not read here: the comments
 * button says which button it is only in the page's language.
 */
function readReelOverlay(data: unknown, r: Reader): void {
  const overlay = get(data, 'overlay', 'reelPlayerOverlayRenderer');
  if (!isRecord(overlay)) return;
  const id = r.videoId ?? asString(get(data, 'replacementEndpoint', 'reelWatchEndpoint', 'videoId'));
  if (!id) return;
  let handle: string | undefined;
  let title: string | undefined;
  for (const item of asArray(get(overlay, 'metapanel', 'reelMetapanelViewModel', 'metadataItems'))) {
    const channel = get(item, 'reelChannelBarViewModel', 'channelName');
    if (channel !== undefined) {
      handle ??= handleOfEndpoint(get(channel, 'commandRuns', 0, 'onTap', 'innertubeCommand')) ?? handleFromPath(`/${textOf(channel) ?? ''}`);
    }
    title ??= textOf(get(item, 'shortsVideoTitleViewModel', 'text'));
  }
  const header = get(overlay, 'reelPlayerHeaderSupportedRenderers', 'reelPlayerHeaderRenderer');
  handle ??= handleOfEndpoint(get(header, 'channelNavigationEndpoint'));
  title ??= textOf(get(header, 'reelTitleText'));
  let likes: number | undefined;
  for (const button of asArray(get(overlay, 'buttonBar', 'reelActionBarViewModel', 'buttonViewModels'))) {
    const like = getPath(button, REEL_LIKE_PATH);
    if (!isRecord(like)) continue;
    const rounded = parseCount(asString(like.title), r.lang);
    likes = exactCount(rounded, like.accessibilityText, r.lang) ?? rounded;
    break;
  }
  likes ??= parseCount(get(overlay, 'likeButton', 'likeButtonRenderer', 'likeCount'), r.lang);
  r.b.addPost({ id, authorHandle: handle, text: title, hashtags: hashtagsFromText(title), likes });
}

function readContinuations(data: unknown, r: Reader): void {
  for (const listKey of ['onResponseReceivedActions', 'onResponseReceivedEndpoints'] as const) {
    for (const action of asArray(get(data, listKey))) {
      readItems(get(action, 'appendContinuationItemsAction', 'continuationItems'), r);
      readItems(get(action, 'reloadContinuationItemsCommand', 'continuationItems'), r);
    }
  }
}

/** Reads a `browse`/`next` response or a page's ytInitialData. */
function readData(data: unknown, r: Reader): void {
  if (!isRecord(data)) {
    r.b.warn('ytInitialData is not an object');
    return;
  }
  const shapes = ['contents', 'header', 'metadata', 'onResponseReceivedActions', 'onResponseReceivedEndpoints', 'frameworkUpdates', 'overlay'];
  if (!shapes.some((key) => key in data)) {
    r.b.warn('no InnerTube shape this adapter knows');
    return;
  }
  indexCommentEntities(data, r);
  readChannel(data, r);
  readWatch(data, r);
  readTabs(data, r);
  readSearch(data, r);
  readContinuations(data, r);
  readReelOverlay(data, r);
  // Entities no list item pointed at are still comments the page showed.
  for (const [key, entity] of r.comments) {
    r.comments.delete(key);
    addCommentEntity(entity, undefined, r);
  }
}

function apiKind(url: string): 'next' | 'browse' | 'player' | 'reel' | undefined {
  if (!isAllowedApiUrl('youtube', url)) return undefined;
  const path = parseUrl(url)!.pathname.replace(/\/+$/, '');
  // reel_item_watch (Shorts) answers with `{ playerResponse }`: a player response inside.
  if (path.endsWith('/reel_item_watch')) return 'reel';
  return path.slice(path.lastIndexOf('/') + 1) as 'next' | 'browse' | 'player';
}

export const youtubeAdapter: PlatformAdapter = {
  ...registryAddressing('youtube'),

  fromScripts(scripts: readonly ScriptText[], ctx) {
    const r = newReader(ctx);
    return safeRun(r.b, () => {
      let data: unknown;
      let player: unknown;
      for (const { text } of readableScripts(scripts, (m) => r.b.warn(m))) {
        if (data === undefined && text.includes('ytInitialData')) {
          const found = findAssignedJson(text, 'ytInitialData');
          if (found?.ok) data = found.value;
          else if (found) r.b.warn(`ytInitialData: ${found.reason}`);
        }
        if (player === undefined && text.includes('ytInitialPlayerResponse')) {
          const found = findAssignedJson(text, 'ytInitialPlayerResponse');
          if (found?.ok) player = found.value;
          else if (found) r.b.warn(`ytInitialPlayerResponse: ${found.reason}`);
        }
      }
      if (data === undefined && player === undefined) {
        r.b.warn('no ytInitialData or ytInitialPlayerResponse in the page scripts');
        return;
      }
      if (isRecord(player)) readPlayer(player, r);
      if (data !== undefined) readData(data, r);
    });
  },

  fromApiResponse(apiUrl, body, ctx) {
    const r = newReader(ctx);
    return safeRun(r.b, () => {
      const kind = apiKind(apiUrl);
      if (!kind) {
        r.b.warn('response address is not on the YouTube allow-list');
        return;
      }
      if (!isRecord(body)) {
        r.b.warn(`${kind} response is not an object`);
        return;
      }
      if (kind === 'player') readPlayer(body, r);
      else if (kind === 'reel') {
        // `{ playerResponse }` alone when the request asked only for it; else also the overlay.
        if (isRecord(body.playerResponse)) readPlayer(body.playerResponse, r);
        readReelOverlay(body, r);
      }
      else readData(body, r);
    }, { warnIfEmpty: true });
  },
};

