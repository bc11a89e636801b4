// name: co-mentioned
// answers: which actors are named together in the most articles
// param: limit int=20 (1..1000)  how many pairs
// dialect: embedded; reads CO_MENTIONED, the pair counts the store derives from MENTIONS when it is built (joining
// MENTIONS with itself, as co-mentioned.cypher does for Neo4j, took 130-230 ms on the 10,000-article store)
MATCH (a:Person|State|Organisation)-[c:CO_MENTIONED]->(b:Person|State|Organisation)
RETURN a.name AS actor1, b.name AS actor2, c.articles AS articles, a.id AS actor1Id, b.id AS actor2Id
ORDER BY articles DESC, actor1, actor2
LIMIT $limit
