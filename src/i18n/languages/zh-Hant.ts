/** Chinese in Traditional characters (also for zh-TW, zh-HK and zh-MO). Quotation marks from CLDR. */
import { quotes } from '../cldr/zh-Hant.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: '相關報導',
  byline: '作者：{author}',
  photoCredit: '圖片：{credit}',
  photo: '圖片',
  enlargePhoto: '放大圖片',
  close: '關閉',
  imageUnavailable: '圖片無法顯示',
  share: '分享',
  shareQuote: '分享這段引述',
  copied: '引述已複製到剪貼簿',
  copyFailed: '無法複製引述',
  quotes,
} satisfies Translation;
