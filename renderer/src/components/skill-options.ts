import { useTranslation } from 'react-i18next';
import { nl } from '../i18n/nl.ts';
import { useRecentSnapshot } from '../state/workspace-state.tsx';

type KnownSkill = keyof typeof nl.skills;
const knownSkills = Object.keys(nl.skills);
const isKnownSkill = (skill: string): skill is KnownSkill => Object.hasOwn(nl.skills, skill);

export function useSkillLabel(): (skill: string) => string {
  const { t } = useTranslation();
  return (skill) => (isKnownSkill(skill) ? t(`skills.${skill}`) : skill);
}

/** The known skills plus any skill already used in the workspace, labelled in the user's language. */
export function useSkillOptions(): { value: string; label: string }[] {
  const snapshot = useRecentSnapshot();
  const label = useSkillLabel();
  const used = snapshot.workspace.people.flatMap((p) => p.skills);
  return [...new Set([...knownSkills, ...used])].map((value) => ({ value, label: label(value) }));
}
