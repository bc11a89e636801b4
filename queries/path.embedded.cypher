// name: path
// answers: the shortest chains of relationships between two nodes (at most 5 hops; articles left out)
// param: from entity  one end, by name or alias
// param: to entity  the other end, by name or alias
// dialect: embedded (Kùzu's ALL SHORTEST and list_transform); path.cypher is the Neo4j form
MATCH (a {id: $from})
MATCH (b {id: $to})
MATCH p = (a)-[:MEDIATED|ACCUSED|CALLED_ON|CALLED|MET|REPRESENTS|MEMBER_OF|PART_OF|PARTY_TO|PARTICIPATED_IN* ALL SHORTEST 1..5]-(b)
RETURN list_transform(nodes(p), n -> n.name) AS names, list_transform(rels(p), r -> r.type) AS relations,
       length(p) AS hops, list_transform(nodes(p), n -> n.id) AS ids
ORDER BY hops
