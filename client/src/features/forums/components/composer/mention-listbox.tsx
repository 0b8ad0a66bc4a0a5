import type { PersonRef } from '@commonroom/contracts';
import { Box, Paper, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface MentionListboxProps {
  id: string;
  people: PersonRef[];
  activeIndex: number;
  onChoose: (person: PersonRef) => void;
}

export const mentionOptionId = (listboxId: string, index: number) => `${listboxId}-option-${index}`;

/**
 * The people to mention, as a listbox the text box controls: arrow keys, Enter and Escape stay
 * in the text box, whose `aria-activedescendant` points here. Clicking works too; the mouse-down
 * is cancelled so the text box keeps focus and its caret.
 */
export function MentionListbox({ id, people, activeIndex, onChoose }: MentionListboxProps) {
  const { t } = useTranslation();
  return (
    <>
      <VisuallyHidden role="status">
        {people.length > 0 ? t('forums.composer.mentionCount', { count: people.length }) : ''}
      </VisuallyHidden>
      {people.length > 0 && (
        <Paper
          withBorder
          shadow="sm"
          radius="md"
          p={4}
          component="ul"
          role="listbox"
          id={id}
          aria-label={t('forums.composer.mentionList')}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {people.map((person, index) => (
            <Box
              component="li"
              key={person.id}
              id={mentionOptionId(id, index)}
              role="option"
              aria-selected={index === activeIndex}
              px="sm"
              py={6}
              bg={index === activeIndex ? 'commonroom.1' : undefined}
              style={{ cursor: 'pointer', borderRadius: 4 }}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onChoose(person)}
            >
              {person.displayName}
            </Box>
          ))}
        </Paper>
      )}
    </>
  );
}
