import { useDisplayProfile } from './profile';
import './projector.css';
import { useT } from '../i18n';

/**
 * "Projector colours": the display profile's one switch, the same in the main window's header and in
 * presentation mode's control bar (either turns it on for both, and it is remembered).
 */
export function ProfileSwitch({ className = 'profile-switch' }: { className?: string }) {
  const tr = useT();
  const [profile, setProfile] = useDisplayProfile();
  return (
    <label className={className} title={tr.t('header.projectorTitle')}>
      <input
        type="checkbox"
        checked={profile === 'projector'}
        onChange={(e) => setProfile(e.currentTarget.checked ? 'projector' : 'standard')}
      />
      {tr.t('header.projector')}
    </label>
  );
}
