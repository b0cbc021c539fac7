import { useState, type DragEvent } from 'react';
import { readMailFile, type MailIntake, type MailReadProblem } from '../../../../shared/mail/read-mail.ts';

export type IntakeProblem = { problem: MailReadProblem | 'several'; file: string };

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * Reading a mail dropped on the page or chosen with the button. The file is read here in the
 * window and never leaves it; a refused file only shows why, and nothing is created.
 */
export function useMailIntake(onMail: (mail: MailIntake) => void) {
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<IntakeProblem | null>(null);

  const read = async (files: File[]) => {
    const [file] = files;
    if (files.length !== 1 || !file) return setProblem({ problem: 'several', file: '' });
    const result = await readMailFile(file.name, file.size, () => file.arrayBuffer());
    if (!result.ok) return setProblem({ problem: result.problem, file: file.name });
    setProblem(null);
    onMail(result.mail);
  };

  const dropProps = {
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      // Leaving for a child element is not leaving the page.
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      void read([...event.dataTransfer.files]);
    },
  };

  return { read, dragging, dropProps, problem, clearProblem: () => setProblem(null) };
}
