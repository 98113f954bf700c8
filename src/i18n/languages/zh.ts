/** Chinese in Simplified characters. Quotation marks from CLDR. */
import { quotes } from '../cldr/zh.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: '相关报道',
  byline: '作者：{author}',
  photoCredit: '图片：{credit}',
  photo: '图片',
  enlargePhoto: '放大图片',
  close: '关闭',
  imageUnavailable: '图片无法显示',
  share: '分享',
  shareQuote: '分享这段引述',
  copied: '引述已复制到剪贴板',
  copyFailed: '无法复制引述',
  quotes,
} satisfies Translation;
