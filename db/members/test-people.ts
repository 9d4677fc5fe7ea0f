import { idCheckCharacter } from './id-number';

/** A valid 18-digit ID for a birth date and gender ('1' male, '2' female), region 110105 (北京朝阳). */
export function makeId(birthDate: string, gender: '1' | '2', serial = 1): string {
  const seq = String(serial * 2 + (gender === '1' ? 1 : 0)).padStart(3, '0').slice(-3);
  const first17 = `110105${birthDate.replace(/-/g, '')}${seq}`;
  return first17 + idCheckCharacter(first17);
}
