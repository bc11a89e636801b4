// name: meetings
// answers: who met or held talks with whom, when, with the evidence
// param: none
MATCH (a:Person|State|Organisation)-[r:MET]->(b:Person|State|Organisation)
RETURN a.name AS actor1, b.name AS actor2, r.date AS date,
       r.evidenceSentence AS evidence, r.evidenceArticle AS articles, a.id AS actor1Id, b.id AS actor2Id
ORDER BY actor1, actor2
