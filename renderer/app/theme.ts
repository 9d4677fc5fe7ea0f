import type { ThemeConfig } from 'antd';
import type { Preferences } from '../api/types';

/** System CJK fonts first so Chinese never falls back to a random face; Noto for Linux. */
export const FONT_FAMILY =
  '"Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const BRAND_RED = '#b71c1c';

/**
 * Large text raises the base font and the control height together, so buttons and inputs
 * grow with their labels (older users need bigger targets as well as bigger letters).
 */
/** Focus and hover on fields in blue: with a red brand, a red field border would read as an error. */
const FIELD_FOCUS = '#1d4ed8';
const FIELD_FOCUS_SHADOW = '0 0 0 3px rgba(29, 78, 216, 0.18)';

export function themeFor(textSize: Preferences['textSize'], reducedMotion = false): ThemeConfig {
  const large = textSize === 'large';
  return {
    token: {
      motion: !reducedMotion,
      colorPrimary: BRAND_RED,
      colorLink: BRAND_RED,
      fontFamily: FONT_FAMILY,
      fontSize: large ? 18 : 15,
      controlHeight: large ? 44 : 34,
      borderRadius: 6,
    },
    components: {
      Menu: { itemHeight: large ? 52 : 42 },
      Input: { activeBorderColor: FIELD_FOCUS, hoverBorderColor: FIELD_FOCUS, activeShadow: FIELD_FOCUS_SHADOW },
      InputNumber: { activeBorderColor: FIELD_FOCUS, hoverBorderColor: FIELD_FOCUS, activeShadow: FIELD_FOCUS_SHADOW },
      Select: { activeBorderColor: FIELD_FOCUS, hoverBorderColor: FIELD_FOCUS, activeOutlineColor: 'rgba(29, 78, 216, 0.18)' },
    },
  };
}

export function rootClassName(textSize: Preferences['textSize']): string {
  return textSize === 'large' ? 'bd-root bd-text-large' : 'bd-root bd-text-normal';
}
