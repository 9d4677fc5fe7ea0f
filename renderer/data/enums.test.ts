import { describe, expect, it } from 'vitest';
import { EVENT_KINDS as DB_EVENT_KINDS, EXPEL_DETAILS as DB_EXPEL, IN_KINDS as DB_IN_KINDS, REMOVAL_KINDS as DB_REMOVAL, STATUS_KINDS as DB_STATUS } from '../../db/members/event-kinds';
import { AGE_BANDS as DB_AGE_BANDS, SORT_KEYS as DB_SORT_KEYS } from '../../db/members/search';
import { COMMITTEE_POSTS as DB_POSTS, WARNING_CODES as DB_WARNINGS } from '../../db/structure/schemas';
import { AGE_BANDS, COMMITTEE_POSTS, EVENT_KINDS, EXPEL_DETAILS, IN_KINDS, REMOVAL_KINDS, SORT_KEYS, STATUS_KINDS, WARNING_CODES } from './enums';

describe('renderer copies of backend value lists', () => {
  it('match the backend in content and order', () => {
    expect(EVENT_KINDS).toEqual(DB_EVENT_KINDS);
    expect(IN_KINDS).toEqual(DB_IN_KINDS);
    expect(REMOVAL_KINDS).toEqual(DB_REMOVAL);
    expect(STATUS_KINDS).toEqual(DB_STATUS);
    expect(EXPEL_DETAILS).toEqual(DB_EXPEL);
    expect(COMMITTEE_POSTS).toEqual(DB_POSTS);
    expect(WARNING_CODES).toEqual(DB_WARNINGS);
    expect(SORT_KEYS).toEqual(DB_SORT_KEYS);
    expect(AGE_BANDS).toEqual(Object.keys(DB_AGE_BANDS));
  });
});
