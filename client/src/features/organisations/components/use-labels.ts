import { findTerm, PARTNERSHIP_MODELS, ROLES, type PartnershipModel, type Role } from '@commonroom/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A role's name; the contract's English label if a translation is missing. */
export function useRoleLabel() {
  const { t } = useTranslation();
  return useCallback(
    (role: Role) => t(`affiliations.roles.${role}.label`, { defaultValue: findTerm(ROLES, role)?.label ?? role }),
    [t],
  );
}

/** "Mentor (Professional tutor)": the role, then the organisation's own title for it. */
export function useRoleWithTitle() {
  const roleLabel = useRoleLabel();
  return useCallback(
    (role: Role, title: string | null) => (title ? `${roleLabel(role)} (${title})` : roleLabel(role)),
    [roleLabel],
  );
}

export function usePartnershipModelLabel() {
  const { t } = useTranslation();
  return useCallback(
    (model: PartnershipModel) =>
      t(`partnerships.models.${model}.label`, { defaultValue: findTerm(PARTNERSHIP_MODELS, model)?.label ?? model }),
    [t],
  );
}
