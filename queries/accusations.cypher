// name: accusations
// answers: who accused whom, of what, when, and the sentences that say so
// param: none
MATCH (a:Person|State|Organisation)-[r:ACCUSED]->(b:Person|State|Organisation)
RETURN a.name AS accuser, b.name AS accused, r.of AS what, r.date AS date,
       r.evidenceSentence AS evidence, r.evidenceArticle AS articles, a.id AS accuserId, b.id AS accusedId
ORDER BY accuser, accused
