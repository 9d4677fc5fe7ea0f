import { z } from 'zod';
import { op } from '../op';
import { empty } from '../schemas/common';
import { committee, group, groupInput, termInput } from '../../structure/schemas';

/** The branch's structure: 党小组 and the 支部委员会 with its terms (DOMAIN.md §1.4). */
export const structureOps = {
  'groups.list': op({ input: empty, output: z.array(group), needs: 'unlocked' }),
  'groups.save': op({ input: groupInput, output: group, needs: 'unlocked' }),
  'committee.get': op({ input: empty, output: committee, needs: 'unlocked' }),
  'committee.saveTerm': op({ input: termInput, output: committee, needs: 'unlocked' }),
} as const;
