import { Box, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodComparison } from '../../../../shared/dashboard/index.ts';
import { KeyFigureCards, PeriodStatusBadge } from './KeyFigureCards.tsx';
import type { Slide } from './slides.tsx';

type Props = { onClose: () => void; title: string; figures: PeriodComparison; slides: Slide[] };

/** Full screen, large type, no edit controls: the key figures first, then one chart per slide. */
/** Mounted only while presenting, so every presentation starts at the first slide. */
export function PresentationMode({ onClose, title, figures, slides }: Props) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const total = slides.length + 1;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ')
        setIndex((i) => Math.min(total - 1, i + 1));
      if (event.key === 'ArrowLeft' || event.key === 'PageUp') setIndex((i) => Math.max(0, i - 1));
    };
    window.addEventListener('keydown', onKey);
    if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (document.fullscreenElement) void document.exitFullscreen?.();
    };
  }, [total]);
  const slide = index === 0 ? null : slides[index - 1];
  return (
    <Modal.Root opened onClose={onClose} fullScreen padding={48} transitionProps={{ duration: 0 }}>
      <Modal.Content aria-label={t('value.present')}>
        <Modal.Body>
          <Stack h="calc(100vh - 96px)" gap="lg" data-testid="presentation" data-slide={slide?.key ?? 'figures'}>
            <Group justify="space-between" align="baseline">
              <Group gap="md" align="center">
                <Title order={1} fz={44}>
                  {slide ? slide.title : title}
                </Title>
                {!slide && <PeriodStatusBadge status={figures.status} large />}
              </Group>
              <Text c="dimmed" fz="lg">
                {t('value.presentation.slide', { n: index + 1, total })}
              </Text>
            </Group>
            <Box style={{ flex: 1 }}>
              {slide ? (
                slide.render(Math.max(320, window.innerHeight - 260))
              ) : (
                <KeyFigureCards figures={figures} large />
              )}
            </Box>
            <Text c="dimmed" ta="center">
              {t('value.presentation.hint')}
            </Text>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
