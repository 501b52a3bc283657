// What 校验 says of a 媒体 the 媒体 table does not hold (sweep s25a F1, F2, F5):
// - two table outlets in one cell (人民日报、光明日报): one adoption a row (001 §三.8), not "not in the table";
// - a table outlet under decoration (人民日报头版, 人民日报（转载）, 【人民日报】, 郑州日报社): named as a question, the
//   edition sent to 版面; what to do always said;
// - an unknown outlet scored by its 级别 has no 标签 and no table name: it counts toward no 指标 filtered by 媒体
//   or 标签, and 校验 names those of the row's unit / authors (the tasks worked out once per rules).
//
// Decisions:
// - Decorations are stripped only when what is left is a table outlet: 人民日报客户端, 人民网, 新华社客户端 are other
//   outlets and never lose 客户端 / 网 / 号 (a bracket holding such a word is kept too: 人民日报（客户端）).
// - A 报送 row names no task here: its unknown outlet costs it nothing (报送 counts no outlet).
import { LEVELS, levelRank } from './levels';
import { outletKey } from './rules/outlets';
import type { Indicator, IndicatorSubject, Level, Mode, OutletDef } from './types';

type Find = (name: string) => OutletDef | null;

/** What separates two outlets typed in one cell. */
const OUTLET_SEPARATORS = /[、，,；;/／\s]+/;
const COUNTS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The parts of a cell naming two or more table outlets (人民日报、光明日报), else null. */
export function severalOutlets(typed: string, find: Find): string[] | null {
  const parts = typed.split(OUTLET_SEPARATORS).filter((p) => p !== '');
  if (parts.length < 2) return null;
  for (const p of parts) if (find(p) === null) return null;
  return parts;
}

/** F1's message: `媒体“人民日报、光明日报”是两个媒体：…，本行按所填级别计一次` (or 暂不计分). */
export function severalOutletsIssue(shown: string, count: number, levelFilled: boolean): string {
  const n = COUNTS[count] ?? String(count);
  return (
    `媒体“${shown}”是${n}个媒体：一行只计一个媒体的录用，请每个媒体各占一行（001 §三.8）` +
    (levelFilled ? '，本行按所填级别计一次' : '，本行暂不计分')
  );
}

/** Words that make another outlet (a paper's app, site, account): never stripped, in a bracket or not. */
const OTHER_OUTLET = /客户端|网|微信|公众号|号|频道|平台|微博|抖音|视频|app/;
/** An edition after an outlet's name (头版, 第3版, 3版, 理论版, 要闻版, 头版头条), on the folded key. */
const EDITION = /^[第0-9a-z一二三四五六七八九十百零\u4e00-\u9fa5]{0,6}版[\u4e00-\u9fa5]{0,4}$/;
const SURROUNDED = /^[【[(](.+)[】\])]$/;
const TRAILING_NOTE = /[【[(]([^()[\]【】]*)[】\])]$/;
const TRAILING_PUNCTUATION = /[。.,，、;；:：!！?？…·]+$/;

export interface NearOutlet {
  name: string;
  /** An edition word was stripped: 版面 belongs in its own column. */
  edition: boolean;
}

/**
 * The table outlet a decorated name stands for (人民日报头版, 人民日报（转载）, 【人民日报】, 人民日报., 郑州日报社), or
 * null. A few steps at most, each tried only where it applies: a handful of candidates per unknown outlet text.
 */
function nearOutlet(typed: string, find: Find): NearOutlet | null {
  type Candidate = { key: string; edition: boolean; level: Level | null };
  let layer: Candidate[] = [{ key: outletKey(typed), edition: false, level: null }];
  for (let depth = 0; depth < 3 && layer.length > 0; depth++) {
    const next: Candidate[] = [];
    const add = (key: string, edition: boolean, level: Level | null) => {
      if (key !== '') next.push({ key, edition, level });
    };
    for (const { key, edition, level } of layer) {
      const surrounded = SURROUNDED.exec(key);
      if (surrounded) add(surrounded[1], edition, level);
      const note = TRAILING_NOTE.exec(key);
      if (note && !OTHER_OUTLET.test(note[1]))
        add(key.slice(0, note.index), edition || EDITION.test(note[1]), level ?? noteLevel(note[1]));
      const punctuation = TRAILING_PUNCTUATION.exec(key);
      if (punctuation) add(key.slice(0, punctuation.index), edition, level);
      if (key.endsWith('社')) add(key.slice(0, -1), edition, level);
      const at = key.lastIndexOf('版');
      if (at > 0)
        for (let k = key.length - at; k <= key.length - 1 && k <= 11; k++)
          if (EDITION.test(key.slice(key.length - k))) add(key.slice(0, key.length - k), true, level);
    }
    for (const c of next) {
      const o = find(c.key);
      // A note naming whose outlet it is (（省委组织部）) must agree with the table's: 《组工通讯》（省委组织部） is
      // no 中组部 组工通讯.
      if (o && (c.level === null || o.level === c.level)) return { name: o.name, edition: c.edition };
    }
    layer = next;
  }
  return null;
}

/** The level a bracketed note names by its body (（省委组织部） 省级, （中组部） 中央级), else null. */
function noteLevel(note: string): Level | null {
  if (/中组部|中央|国家/.test(note)) return '中央级';
  if (/省|自治区/.test(note)) return '省级';
  if (/市|州|盟/.test(note)) return '市级';
  if (/区|县|旗|乡|镇|街道/.test(note)) return '区县级';
  return null;
}

/** F2's advice after an unknown outlet's consequence: the near name, 版面, then what to do. */
export function unknownOutletAdvice(
  typed: string,
  find: Find,
  levelFilled: boolean,
  levelUnread: boolean,
): string {
  const near = nearOutlet(typed, find);
  const hint = near ? `是否为“${near.name}”？${near.edition ? '版面请填入“版面”列。' : ''}` : '';
  return (
    `。${hint}请改为「媒体」表中的名称，或在「媒体」表中添加该媒体（或别名）` +
    (levelFilled ? '' : levelUnread ? '，或改正级别' : '，或填写级别')
  );
}

/** A 指标 that counts by 媒体 name or 标签: an unknown outlet never passes its filter. */
export interface OutletTask {
  name: string;
  subject: IndicatorSubject;
  minRank: number;
  /** The highest level it counts (its own for 仅省级; LEVELS.length: no bound). */
  maxRank: number;
  /** The levels (bits by levelRank) of the table outlets its filter takes: an outlet of another level is none of them. */
  levels: number;
  metric: Indicator['metric'];
  modes: Mode[];
  kinds: string[];
}

/** The 指标 (any version) filtered by 媒体 or 标签, once per rules; 报送 tasks aside. */
export function outletTasks(indicators: readonly Indicator[], outlets: readonly OutletDef[]): OutletTask[] {
  const out: OutletTask[] = [];
  const seen = new Set<string>();
  for (const ind of indicators) {
    const f = ind.filter;
    if (ind.metric === '报送' || (f.outlets.length === 0 && f.tags.length === 0)) continue;
    const s = ind.subject;
    const key = `${ind.name}\u0000${s.kind}\u0000${'unitType' in s ? s.unitType : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const names = new Set(f.outlets.map(outletKey));
    let levels = 0;
    // An outlet's key only for a filter naming outlets (a tag filter alone reads none).
    for (const o of outlets)
      if ((names.size > 0 && names.has(outletKey(o.name))) || o.tags.some((t) => f.tags.includes(t)))
        levels |= 1 << levelRank(o.level);
    out.push({
      name: ind.name,
      subject: s,
      minRank: f.minLevel === null ? -1 : levelRank(f.minLevel),
      maxRank: f.minLevel !== null && f.levelOnly === true ? levelRank(f.minLevel) : LEVELS.length,
      levels,
      metric: ind.metric,
      modes: f.modes,
      kinds: f.kinds,
    });
  }
  return out;
}

/**
 * The tasks a row of this level, 采用方式 and 类别 would count toward if its outlet were one their filter takes
 * (of that level: 级别 says what the outlet is).
 */
export function tasksForKind(
  tasks: readonly OutletTask[],
  level: Level,
  mode: Mode,
  kind: string,
): OutletTask[] {
  const rank = levelRank(level);
  return tasks.filter(
    (t) =>
      rank >= t.minRank &&
      rank <= t.maxRank &&
      (t.levels & (1 << rank)) !== 0 &&
      (t.modes.length > 0 ? t.modes.includes(mode) : t.metric !== '录用' || mode === '录用') &&
      (t.kinds.length === 0 || t.kinds.includes(kind)),
  );
}

/**
 * F5's words for one row: `；不计入按媒体统计的指标“省委组织部录用”` naming the tasks whose 对象 covers the row's
 * unit (its type) or an author's (人员, else the row's unit), '' when none does.
 */
export function tasksMissed(
  tasks: readonly OutletTask[],
  unitType: string,
  authorTypes: readonly string[],
): string {
  let names = '';
  const said = new Set<string>();
  for (const t of tasks) {
    const s = t.subject;
    const covers =
      s.kind === 'department' ||
      s.kind === 'everyUnit' ||
      (s.kind === 'unitType' && (s.unitType === '' || s.unitType === unitType)) ||
      ((s.kind === 'person' || s.kind === 'team') &&
        authorTypes.length > 0 &&
        (s.unitType === '' || authorTypes.includes(s.unitType))) ||
      (s.kind === 'team' && authorTypes.length === 0 && (s.unitType === '' || s.unitType === unitType));
    if (covers && !said.has(t.name)) {
      said.add(t.name);
      names += `${names === '' ? '' : '、'}“${t.name}”`;
    }
  }
  return names === '' ? '' : `；不计入按媒体统计的指标${names}`;
}
