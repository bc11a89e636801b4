// name: neighbourhood
// answers: what lies within N hops of a node (articles and MENTIONS left out, or every node would be two hops away)
// param: node entity  the actor, agreement, event or place, by name or alias
// param: hops int=2 (1..3)  how many relationships away
MATCH p = (a {id: $node})-[:MEDIATED|ACCUSED|CALLED_ON|CALLED|MET|REPRESENTS|MEMBER_OF|PART_OF|PARTY_TO|PARTICIPATED_IN*1..3]-(b)
WHERE length(p) <= $hops AND b.id <> a.id
RETURN b.name AS name, b.label AS label, min(length(p)) AS hops, a.id AS fromId, b.id AS id
ORDER BY hops, name
