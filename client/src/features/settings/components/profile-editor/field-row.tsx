import type { FieldVisibility, ProfileField } from '@commonroom/contracts';
import { Box, Flex } from '@mantine/core';
import type { ReactNode } from 'react';
import { VisibilitySelect } from './visibility-select';

interface FieldRowProps {
  field: ProfileField;
  visibility: FieldVisibility;
  onVisibility: (field: ProfileField, value: FieldVisibility) => void;
  children?: ReactNode;
}

/** A profile field with its own "who can see this" beside it (below it on a phone). */
export function FieldRow({ field, visibility, onVisibility, children }: FieldRowProps) {
  return (
    <Flex direction={{ base: 'column', sm: 'row' }} gap="sm" align={{ base: 'stretch', sm: 'flex-start' }}>
      <Box flex={1} miw={0}>
        {children}
      </Box>
      <VisibilitySelect field={field} value={visibility} onChange={(value) => onVisibility(field, value)} />
    </Flex>
  );
}
