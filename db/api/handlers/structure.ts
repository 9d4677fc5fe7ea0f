import { getCommittee, listGroups, saveGroup, saveTerm } from '../../structure/service';
import type { HandlerMap } from '../registry';

export const structureHandlers: HandlerMap = {
  'groups.list': (_input, { session }) => listGroups(session.requireStore()),
  'groups.save': (input, { session, actor }) => saveGroup(session.requireStore(), input, actor),
  'committee.get': (_input, { session }) => getCommittee(session.requireStore()),
  'committee.saveTerm': (input, { session, actor }) => {
    const store = session.requireStore();
    saveTerm(store, input, actor);
    return getCommittee(store);
  },
};
