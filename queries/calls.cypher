// name: calls
// answers: who telephoned whom (from the one who placed the call, where the text says), when, with the evidence
// param: none
MATCH (a:Person|State|Organisation)-[r:CALLED]->(b:Person|State|Organisation)
RETURN a.name AS caller, b.name AS callee, r.date AS date,
       r.evidenceSentence AS evidence, r.evidenceArticle AS articles, a.id AS callerId, b.id AS calleeId
ORDER BY caller, callee
