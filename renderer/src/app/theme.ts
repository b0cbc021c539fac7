import { Drawer, Modal, createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's palettes with shades 5–9 darkened until they meet WCAG 2.2 AA: shade 6 (what `color="…"`,
 * filled buttons, links and light badges use) has 5.6:1 against white, so white text on it and its own
 * text on its 10 % tint both stay above 4.5:1; 7–9 are darker still (6.6, 8 and 10:1). Shades 0–4 are
 * Mantine's, for backgrounds. Computed once by darkening Mantine's shade towards black at its own hue.
 */
const palettes = {
  teal: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#158564', '#0c7656', '#08694c', '#065c42', '#054c37'],
  red: ['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#c15151', '#b83c3c', '#ad2d2d', '#992222', '#811b1b'],
  orange: [
    '#fff4e6',
    '#ffe8cc',
    '#ffd8a8',
    '#ffc078',
    '#ffa94d',
    '#ac631d',
    '#a2510d',
    '#9c4104',
    '#8b3507',
    '#772808',
  ],
  yellow: [
    '#fff9db',
    '#fff3bf',
    '#ffec99',
    '#ffe066',
    '#ffd43b',
    '#91710e',
    '#886003',
    '#815300',
    '#764500',
    '#663500',
  ],
  green: ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#348441', '#277636', '#216a2e', '#1b5c28', '#184c22'],
  blue: ['#e7f5ff', '#d0ebff', '#a5d8ff', '#74c0fc', '#4dabf7', '#2879bc', '#1a6ab0', '#155ea0', '#12528d', '#104373'],
  grape: ['#f8f0fc', '#f3d9fa', '#eebefa', '#e599f7', '#da77f2', '#a94dc1', '#9c3db4', '#8f33a5', '#7c2b90', '#672378'],
  violet: [
    '#f3f0ff',
    '#e5dbff',
    '#d0bfff',
    '#b197fc',
    '#9775fa',
    '#7e5aec',
    '#704ae0',
    '#6440ce',
    '#5737b6',
    '#482e94',
  ],
  cyan: ['#e3fafc', '#c5f6fa', '#99e9f2', '#66d9e8', '#3bc9db', '#188090', '#0e7280', '#0b6674', '#085866', '#074955'],
  pink: ['#fff0f6', '#ffdeeb', '#fcc2d7', '#faa2c1', '#f783ac', '#bc4f75', '#b53964', '#aa2956', '#981d48', '#7f173b'],
  indigo: [
    '#edf2ff',
    '#dbe4ff',
    '#bac8ff',
    '#91a7ff',
    '#748ffc',
    '#506cdb',
    '#415dd0',
    '#3752c3',
    '#2e47ab',
    '#273a91',
  ],
  // Grey 6 is Mantine's "dimmed" text: #5c636a has 6.0:1 on white and 5.7:1 on grey 0 (table stripes); Mantine's was 3.3:1.
  gray: ['#f8f9fa', '#f1f3f5', '#e9ecef', '#dee2e6', '#ced4da', '#868e96', '#5c636a', '#495057', '#343a40', '#212529'],
} satisfies Record<string, MantineColorsTuple>;

/** Helper text and placeholders as dark as dimmed text; inputs' borders at 3.3:1 (grey 5), as WCAG asks of a control's edge. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-6)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-default-border': 'var(--mantine-color-gray-5)',
    '--mantine-color-error': 'var(--mantine-color-red-7)',
  },
  dark: {},
});

/** The theme, with the close ✕ of every dialog and drawer named in the user's language. */
export function makeTheme(closeLabel: string) {
  return createTheme({
    primaryColor: 'teal',
    primaryShade: 6,
    colors: palettes,
    defaultRadius: 'md',
    fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif',
    focusRing: 'auto',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
    },
  });
}

/** A dark teal for filled buttons whose white text must stay well above 4.5:1 (about 10:1). */
export const ACCESSIBLE_TEAL = 'teal.9';
