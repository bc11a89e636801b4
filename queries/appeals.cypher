// name: appeals
// answers: who called on whom to do what (appealed, urged, demanded), when, with the evidence
// param: none
MATCH (a:Person|State|Organisation)-[r:CALLED_ON]->(b:Person|State|Organisation)
RETURN a.name AS caller, b.name AS addressee, r.demand AS demand, r.date AS date,
       r.evidenceSentence AS evidence, r.evidenceArticle AS articles, a.id AS callerId, b.id AS addresseeId
ORDER BY caller, addressee
