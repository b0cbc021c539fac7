import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn } from './session-api.ts';

/** Shown instead of the app when a team server answers that nobody is signed in. */
export function Login() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { name: '', password: '' } });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const result = await signIn(values.name.trim(), values.password);
    setBusy(false);
    if (result.ok) return window.location.reload();
    if (result.code === 'throttled') setError(t('session.throttled', { seconds: result.seconds }));
    else if (result.code === 'unauthenticated') setError(t('session.wrong'));
    else setError(t('session.failed', { message: result.message }));
    // The password goes; the name stays, so a typo costs one field, not two.
    form.setFieldValue('password', '');
  });

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder p="xl" maw={420} w="100%">
        <form onSubmit={submit} data-testid="login-form">
          <Stack>
            <Title order={1} size="h2">
              {t('session.title')}
            </Title>
            <Text size="sm">{t('session.intro')}</Text>
            {error && (
              <Alert color="red" role="alert" data-testid="login-error">
                {error}
              </Alert>
            )}
            <TextInput
              label={t('session.name')}
              autoComplete="username"
              required
              data-autofocus
              data-testid="login-name"
              {...form.getInputProps('name')}
            />
            <PasswordInput
              label={t('session.password')}
              autoComplete="current-password"
              required
              data-testid="login-password"
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={busy} data-testid="login-submit">
              {t('session.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
