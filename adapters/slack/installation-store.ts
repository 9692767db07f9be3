import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Store } from '../../src/store/store.js';

/** Where an installation is kept: per enterprise for org-wide installs, else per workspace (team). */
export function installationKey(query: {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean;
}): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `E:${query.enterpriseId}`;
  if (query.teamId) return `T:${query.teamId}`;
  if (query.enterpriseId) return `E:${query.enterpriseId}`;
  throw new Error('An installation needs a team or an enterprise id');
}

/**
 * Bolt's installation store backed by our store (SQLite or PostgreSQL), so every replica sees every
 * workspace. Saving again (re-install, token rotation by Bolt) replaces the record.
 */
export function createInstallationStore(store: Store, now: () => Date = () => new Date()): InstallationStore {
  return {
    async storeInstallation(installation) {
      const teamId = installation.team?.id;
      const enterpriseId = installation.enterprise?.id;
      const key = installationKey({ teamId, enterpriseId, isEnterpriseInstall: installation.isEnterpriseInstall });
      await store.saveInstallation({ key, teamId, enterpriseId, data: JSON.stringify(installation), at: now() });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const data = await store.findInstallation(installationKey(query));
      if (!data) throw new Error('This workspace has not installed the app (or has uninstalled it)');
      return JSON.parse(data) as Installation<'v1' | 'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await store.deleteInstallation(installationKey(query));
    },
  };
}
