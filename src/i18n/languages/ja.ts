/** Japanese. Quotation marks from CLDR. */
import { quotes } from '../cldr/ja.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: '関連記事',
  byline: '執筆：{author}',
  photoCredit: '写真：{credit}',
  photo: '写真',
  enlargePhoto: '写真を拡大',
  close: '閉じる',
  imageUnavailable: '画像を表示できません',
  share: '共有',
  shareQuote: 'この引用を共有',
  copied: '引用をクリップボードにコピーしました',
  copyFailed: '引用をコピーできませんでした',
  quotes,
} satisfies Translation;
