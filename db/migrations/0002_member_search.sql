-- Digits of ID and phone numbers, matched by any fragment of three or more characters.
-- rowid = members.id. Written by db/members/search-index.ts in the member's own transaction.
CREATE VIRTUAL TABLE `member_search_digits` USING fts5(digits, tokenize = 'trigram');
